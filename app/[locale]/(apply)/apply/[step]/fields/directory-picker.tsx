"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useWatch } from "react-hook-form";
import { describedBy, FieldError, fieldIds, groupClass, Hint } from "@/components/form/field-parts";
import { DIRECTORY_QUERY_MAX_LENGTH } from "@/lib/banks/parse-directory-query";
import { DirectoryResults } from "./directory-results";
import { directoryUrl, searchDirectory, type DirectoryEntry } from "./search-directory";
import { SecondaryButton } from "./secondary-button";
import type { StepFieldsProps } from "./step-fields-props";

const FIELD = { bank: "bankAccount.bankCode", branch: "bankAccount.branchCode" } as const;

interface Props extends StepFieldsProps {
  kind: "bank" | "branch";
  /** The chosen bank, whose branches are searched (kind "branch"). */
  bankCode?: string;
  /** After a choice, or undefined after "Change". */
  onChoose?: (entry: DirectoryEntry | undefined) => void;
}

/**
 * Search, then choose: a bank or a branch by name (kanji, kana, romaji) or by code, from the
 * directory on the server. A text box and a Search button (Enter works too), the results as a list
 * of buttons, the count announced; choosing sets the code the form sends and shows the name with a
 * Change button. Plain controls rather than a combobox, so phones and screen readers need nothing
 * special. The input, then the Change button, carries the field's id for the error summary.
 */
export function DirectoryPicker({ kind, bankCode, onChoose, form, error, errorLabel }: Props) {
  const t = useTranslations("apply.steps.bankAccount");
  const name = FIELD[kind];
  const ids = fieldIds(name);
  const fieldError = error(name);
  const code = String(useWatch({ control: form.control, name }) ?? "");
  const [entry, setEntry] = useState<DirectoryEntry>();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ entries: DirectoryEntry[] }>();
  const [status, setStatus] = useState("");
  const latest = useRef(0);
  const focusNext = useRef<"change" | "search">(undefined);
  const changeRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // A code saved earlier (or chosen on another visit) is shown with its name.
  useEffect(() => {
    if (code === "" || entry?.code === code) return;
    const controller = new AbortController();
    void searchDirectory(directoryUrl(code, bankCode), controller.signal).then((answer) => {
      const match = answer.kind === "results" ? answer.results.find((result) => result.code === code) : undefined;
      if (match) setEntry(match);
    });
    return () => controller.abort();
  }, [code, bankCode, entry?.code]);

  useEffect(() => {
    if (focusNext.current === "change") changeRef.current?.focus();
    if (focusNext.current === "search") searchRef.current?.focus();
    focusNext.current = undefined;
  });

  const search = async () => {
    const typed = query.trim();
    const asked = ++latest.current;
    setResults(undefined);
    if (typed === "") return setStatus(t("search.required"));
    setStatus(t("search.searching"));
    const answer = await searchDirectory(directoryUrl(typed, bankCode));
    if (asked !== latest.current) return;
    if (answer.kind !== "results") return setStatus(t(answer.kind === "limited" ? "search.limited" : "search.failed"));
    setResults({ entries: answer.results });
    const count = answer.results.length;
    const found = count === 0 ? t(`${kind}.none`, { query: typed }) : t(`${kind}.found`, { count });
    setStatus(answer.more ? `${found} ${t(`${kind}.more`, { count })}` : found);
  };

  const choose = (chosen: DirectoryEntry) => {
    latest.current++;
    form.setValue(name, chosen.code, { shouldDirty: true });
    setEntry(chosen);
    setResults(undefined);
    setQuery("");
    setStatus(t(`${kind}.chosen`, { name: chosen.name, code: chosen.code }));
    focusNext.current = "change";
    onChoose?.(chosen);
  };

  const change = () => {
    form.setValue(name, "", { shouldDirty: true });
    setStatus("");
    focusNext.current = "search";
    onChoose?.(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void search();
  };

  const shown = entry?.code === code ? entry : undefined;
  return (
    <div className={groupClass(!!fieldError)} data-testid={`${kind}-picker`}>
      <input type="hidden" {...form.register(name)} />
      {code !== "" ? (
        <>
          <p className="mb-2 text-xl font-bold">{t(`${kind}.label`)}</p>
          <FieldError id={ids.error} message={fieldError} label={errorLabel} />
          <p className="mb-3 text-lg" data-testid={`${kind}-chosen`}>
            {shown ? (
              <>
                {t.rich("nameAndCode", {
                  name: shown.name,
                  code,
                  strong: (chunks) => (
                    <span lang="ja" className="font-bold">
                      {chunks}
                    </span>
                  ),
                })}
                <span lang="ja" className="block text-gray-700">
                  {shown.kana}
                </span>
              </>
            ) : (
              t("codeOnly", { code })
            )}
          </p>
          <SecondaryButton
            id={ids.input}
            ref={changeRef}
            onClick={change}
            aria-describedby={describedBy(name, false, !!fieldError)}
          >
            {t(`${kind}.change`)}
          </SecondaryButton>
        </>
      ) : (
        <>
          <label htmlFor={ids.input} className="mb-2 block text-xl font-bold">
            {t(`${kind}.label`)}
          </label>
          <Hint id={ids.hint}>{t(`${kind}.searchHint`)}</Hint>
          <FieldError id={ids.error} message={fieldError} label={errorLabel} />
          <div className="flex flex-wrap items-center gap-3">
            <input
              id={ids.input}
              ref={searchRef}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onKeyDown}
              maxLength={DIRECTORY_QUERY_MAX_LENGTH}
              autoComplete="off"
              enterKeyHint="search"
              spellCheck={false}
              aria-describedby={describedBy(name, true, !!fieldError)}
              aria-invalid={fieldError ? true : undefined}
              className={`h-11 w-full max-w-xs border-2 px-2 text-lg ${fieldError ? "border-red-700" : "border-black"}`}
            />
            <SecondaryButton onClick={() => void search()}>{t("search.button")}</SecondaryButton>
          </div>
        </>
      )}
      <p role="status" className="mt-3 empty:mt-0" data-testid={`${kind}-search-status`}>
        {status}
      </p>
      {code === "" && results && results.entries.length > 0 && (
        <DirectoryResults entries={results.entries} label={t(`${kind}.resultsLabel`)} onChoose={choose} />
      )}
    </div>
  );
}
