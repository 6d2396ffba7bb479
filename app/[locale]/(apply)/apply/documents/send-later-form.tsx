import { getTranslations } from "next-intl/server";
import { Button } from "@/components/form/button";
import { OptionGroup } from "@/components/form/field-parts";
import { continueFromDocuments } from "./actions";

interface Props {
  locale: string;
  items: readonly { id: string; label: string }[];
  sendLater: readonly string[];
  returnToCheck: boolean;
}

/** The page's last form: which documents come later, then Continue (a server action; works without JavaScript). */
export async function SendLaterForm({ locale, items, sendLater, returnToCheck }: Props) {
  const t = await getTranslations("documentsStep");
  const tApply = await getTranslations("apply");
  return (
    <form action={continueFromDocuments} className="mt-4 border-t-2 border-gray-300 pt-6">
      <input type="hidden" name="locale" value={locale} />
      {returnToCheck && <input type="hidden" name="return" value="check" />}
      {items.length > 0 && (
        <OptionGroup name="sendLater" legend={t("sendLater.legend")} hint={t("sendLater.hint")} errorLabel="">
          {items.map((item) => (
            <div key={item.id} className="flex items-start gap-3">
              <input
                id={`field-sendLater-${item.id}`}
                type="checkbox"
                name="sendLater"
                value={item.id}
                defaultChecked={sendLater.includes(item.id)}
                className="mt-0.5 size-8 shrink-0 accent-black"
              />
              <label htmlFor={`field-sendLater-${item.id}`} className="pt-1">
                {t("sendLater.option", { item: item.label })}
              </label>
            </div>
          ))}
        </OptionGroup>
      )}
      <Button type="submit">{returnToCheck ? tApply("saveAndReturn") : tApply("continue")}</Button>
    </form>
  );
}
