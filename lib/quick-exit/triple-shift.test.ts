import { describe, expect, it } from "vitest";
import { createTripleShift, isTypingTarget, SHIFT_WINDOW_MS } from "./triple-shift";

function shift(at: number, typing = false, repeat = false) {
  return { key: "Shift", at, typing, repeat };
}

describe("triple Shift", () => {
  it("fires on the third Shift in a row, and counts again from nothing after", () => {
    const counter = createTripleShift();
    expect(counter.keyDown(shift(0))).toBe(false);
    expect(counter.keyDown(shift(200))).toBe(false);
    expect(counter.keyDown(shift(400))).toBe(true);
    expect(counter.keyDown(shift(600))).toBe(false);
  });

  it("does not fire while typing capitals in a text box", () => {
    const counter = createTripleShift();
    for (const at of [0, 100, 200, 300]) expect(counter.keyDown(shift(at, true))).toBe(false);
  });

  it("starts again when another key comes between, as in Shift+letter or Shift+Tab", () => {
    const counter = createTripleShift();
    counter.keyDown(shift(0));
    counter.keyDown(shift(100));
    expect(counter.keyDown({ key: "Tab", at: 150, typing: false, repeat: false })).toBe(false);
    expect(counter.keyDown(shift(200))).toBe(false);
    expect(counter.keyDown(shift(300))).toBe(false);
    expect(counter.keyDown(shift(400))).toBe(true);
  });

  it("counts a held Shift once, and forgets presses older than the window", () => {
    const counter = createTripleShift();
    counter.keyDown(shift(0));
    expect(counter.keyDown(shift(50, false, true))).toBe(false);
    expect(counter.keyDown(shift(80, false, true))).toBe(false);
    expect(counter.keyDown(shift(100))).toBe(false);
    // The press at 0 is out of the window by now, so this is only the second.
    expect(counter.keyDown(shift(SHIFT_WINDOW_MS + 50))).toBe(false);
    expect(counter.keyDown(shift(SHIFT_WINDOW_MS + 60))).toBe(true);
  });
});

describe("isTypingTarget", () => {
  it("is a text box, a text area or editable content, not a tick box, radio or button", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTypingTarget({ tagName: "input", type: "email" })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT", type: "radio" })).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
