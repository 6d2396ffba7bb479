/**
 * The quick exit's keyboard shortcut: Shift pressed three times in a row (GOV.UK "Exit this
 * page"). Plain logic, so it can be tested without a browser; the component feeds it key presses.
 */
export const SHIFT_PRESSES = 3;
/** The three presses must fall within this time (GOV.UK allows 5 seconds). */
export const SHIFT_WINDOW_MS = 5000;

// Inputs that take typed text, where Shift means capital letters, not "leave".
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "file", "image", "range", "color"]);

/** What the component knows about the focused element. */
export interface FocusedElement {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Whether a key pressed there is typing: a text box, a text area, or editable content. */
export function isTypingTarget(element: FocusedElement | null | undefined): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === "TEXTAREA") return true;
  return tag === "INPUT" && !NOT_TYPED.has((element.type ?? "text").toLowerCase());
}

export interface TripleShift {
  /** A key went down; true when this was the third Shift in a row and the page should be left. */
  keyDown(press: { key: string; repeat: boolean; at: number; typing: boolean }): boolean;
}

/**
 * Counts Shift presses. A Shift held down (auto-repeat) counts once; a Shift while typing in a
 * text box does not count; any other key starts the count again, so Shift+letter and Shift+Tab
 * never add up to an exit.
 */
export function createTripleShift(): TripleShift {
  let presses: number[] = [];
  return {
    keyDown({ key, repeat, at, typing }) {
      if (key !== "Shift") {
        presses = [];
        return false;
      }
      if (repeat || typing) return false;
      presses = [...presses.filter((time) => at - time < SHIFT_WINDOW_MS), at];
      if (presses.length < SHIFT_PRESSES) return false;
      presses = [];
      return true;
    },
  };
}
