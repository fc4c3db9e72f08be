// src/core/recognition/fieldLabels.ts
var KIND_LABELS = {
  ads: { ja: "\u5E83\u544A", en: "Ads" },
  traffic: { ja: "\u30A2\u30AF\u30BB\u30B9", en: "Traffic" },
  leads: { ja: "\u30EA\u30FC\u30C9", en: "Leads" },
  deals: { ja: "\u5546\u8AC7", en: "Deals" },
  email: { ja: "\u30E1\u30FC\u30EB", en: "Email" },
  targets: { ja: "\u76EE\u6A19", en: "Targets" }
};
var FIELD_LABELS = {
  date: { ja: "\u65E5\u4ED8", en: "date" },
  cost: { ja: "\u8CBB\u7528", en: "cost" },
  channel: { ja: "\u30C1\u30E3\u30CD\u30EB", en: "channel" },
  campaign: { ja: "\u30AD\u30E3\u30F3\u30DA\u30FC\u30F3", en: "campaign" },
  impressions: { ja: "\u8868\u793A\u56DE\u6570", en: "impressions" },
  clicks: { ja: "\u30AF\u30EA\u30C3\u30AF\u6570", en: "clicks" },
  conversions: { ja: "\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3", en: "conversions" },
  sessions: { ja: "\u30BB\u30C3\u30B7\u30E7\u30F3", en: "sessions" },
  new_users: { ja: "\u65B0\u898F\u30E6\u30FC\u30B6\u30FC\u6570", en: "new users" },
  engaged_sessions: { ja: "\u30A8\u30F3\u30B2\u30FC\u30B8\u306E\u3042\u3063\u305F\u30BB\u30C3\u30B7\u30E7\u30F3\u6570", en: "engaged sessions" },
  bounce_rate: { ja: "\u76F4\u5E30\u7387", en: "bounce rate" },
  avg_engagement_seconds: { ja: "\u5E73\u5747\u30A8\u30F3\u30B2\u30FC\u30B8\u30E1\u30F3\u30C8\u6642\u9593", en: "average engagement time" },
  downloads: { ja: "\u8CC7\u6599\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\u6570", en: "downloads" },
  created_date: { ja: "\u4F5C\u6210\u65E5", en: "created date" },
  lead_id: { ja: "\u30EA\u30FC\u30C9ID", en: "lead ID" },
  email: { ja: "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9", en: "email" },
  company: { ja: "\u4F1A\u793E\u540D", en: "company" },
  score: { ja: "\u30B9\u30B3\u30A2", en: "score" },
  mql_date: { ja: "MQL\u65E5", en: "MQL date" },
  mql_flag: { ja: "MQL\u30D5\u30E9\u30B0", en: "MQL flag" },
  sql_date: { ja: "SQL\u65E5", en: "SQL date" },
  sql_flag: { ja: "SQL\u30D5\u30E9\u30B0", en: "SQL flag" },
  opportunity_date: { ja: "\u5546\u8AC7\u5316\u65E5", en: "opportunity date" },
  opportunity_flag: { ja: "\u5546\u8AC7\u5316\u30D5\u30E9\u30B0", en: "opportunity flag" },
  won_date: { ja: "\u53D7\u6CE8\u65E5", en: "won date" },
  won_flag: { ja: "\u53D7\u6CE8\u30D5\u30E9\u30B0", en: "won flag" },
  lost_flag: { ja: "\u5931\u6CE8\u30D5\u30E9\u30B0", en: "lost flag" },
  status: { ja: "\u30B9\u30C6\u30FC\u30BF\u30B9", en: "status" },
  amount: { ja: "\u91D1\u984D", en: "amount" },
  deal_id: { ja: "\u5546\u8AC7ID", en: "deal ID" },
  stage: { ja: "\u30B9\u30C6\u30FC\u30B8", en: "stage" },
  close_date: { ja: "\u30AF\u30ED\u30FC\u30BA\u65E5", en: "close date" },
  delivered: { ja: "\u914D\u4FE1\u6210\u529F\u6570", en: "delivered" },
  sent: { ja: "\u914D\u4FE1\u6570", en: "sent" },
  opens: { ja: "\u958B\u5C01\u6570", en: "opens" },
  segment: { ja: "\u30BB\u30B0\u30E1\u30F3\u30C8", en: "segment" },
  month: { ja: "\u6708", en: "month" },
  metric: { ja: "\u6307\u6A19", en: "metric" },
  target: { ja: "\u76EE\u6A19\u5024", en: "target" }
};
var TARGET_METRIC_LABELS = {
  impressions: { ja: "\u8868\u793A\u56DE\u6570", en: "impressions" },
  clicks: { ja: "\u30AF\u30EA\u30C3\u30AF\u6570", en: "clicks" },
  sessions: { ja: "\u30BB\u30C3\u30B7\u30E7\u30F3", en: "sessions" },
  leads: { ja: "\u30EA\u30FC\u30C9\u6570", en: "leads" },
  mql: { ja: "MQL\u6570", en: "MQL" },
  sql: { ja: "SQL\u6570", en: "SQL" },
  opportunities: { ja: "\u5546\u8AC7\u6570", en: "opportunities" },
  won: { ja: "\u53D7\u6CE8\u6570", en: "won" },
  cost: { ja: "\u8CBB\u7528", en: "cost" },
  revenue: { ja: "\u53D7\u6CE8\u91D1\u984D", en: "revenue" }
};
function fieldLabel(field, language) {
  return FIELD_LABELS[field][language];
}
function kindLabel(kind, language) {
  return KIND_LABELS[kind][language];
}

// src/core/text/normalize.ts
function normalizeText(text) {
  return text.normalize("NFKC").replace(/^\uFEFF/, "").trim().replace(/\s+/g, " ").toLowerCase();
}
function normalizeEmail(text) {
  const key = text.normalize("NFKC").trim().toLowerCase();
  return key === "" ? null : key;
}
function isBlank(value) {
  return value === "" || value === null || value === void 0 || typeof value === "string" && value.trim() === "";
}

// src/core/recognition/normalizeHeader.ts
var UNIT_WORDS = [
  "\u5186",
  "\xA5",
  "$",
  "jpy",
  "yen",
  "usd",
  "%",
  "\uFF05",
  "\u79D2",
  "s",
  "sec",
  "secs",
  "seconds",
  "\u4EF6",
  "\u56DE",
  "\u4EBA",
  "\u7A0E\u8FBC",
  "\u7A0E\u629C"
];
var UNIT_PATTERN = UNIT_WORDS.map((word) => word.replace(/[$]/g, "\\$")).join("|");
var TRAILING_UNIT = new RegExp(`\\s*(?:\\((?:${UNIT_PATTERN})\\)|\\[(?:${UNIT_PATTERN})\\]|\u3010(?:${UNIT_PATTERN})\u3011)$`);
function normalizeHeader(value) {
  if (value === null || value === void 0) return "";
  const text = normalizeText(typeof value === "string" ? value : String(value));
  let result = text;
  for (let i = 0; i < 2; i += 1) result = result.replace(TRAILING_UNIT, "");
  return result.trim();
}
function headerKey(value) {
  return normalizeHeader(value).replace(/__c$/, "").replace(/[\s._\-・:："'“”「」『』]+/g, "");
}

// src/core/recognition/targetMetrics.ts
var METRIC_ALIASES = {
  impressions: ["\u8868\u793A\u56DE\u6570", "\u30A4\u30F3\u30D7\u30EC\u30C3\u30B7\u30E7\u30F3", "\u30A4\u30F3\u30D7\u30EC\u30C3\u30B7\u30E7\u30F3\u6570", "imp", "imps", "impressions"],
  clicks: ["\u30AF\u30EA\u30C3\u30AF", "\u30AF\u30EA\u30C3\u30AF\u6570", "clicks"],
  sessions: ["\u30BB\u30C3\u30B7\u30E7\u30F3", "\u30BB\u30C3\u30B7\u30E7\u30F3\u6570", "\u8A2A\u554F\u6570", "sessions", "visits"],
  leads: ["\u30EA\u30FC\u30C9", "\u30EA\u30FC\u30C9\u6570", "\u30EA\u30FC\u30C9\u4EF6\u6570", "\u30EA\u30FC\u30C9\u7372\u5F97\u6570", "\u65B0\u898F\u30EA\u30FC\u30C9", "\u65B0\u898F\u30EA\u30FC\u30C9\u6570", "leads", "lead", "new leads"],
  mql: ["mql", "mql\u6570", "mql\u4EF6\u6570"],
  sql: ["sql", "sql\u6570", "sql\u4EF6\u6570"],
  opportunities: [
    "\u5546\u8AC7",
    "\u5546\u8AC7\u6570",
    "\u5546\u8AC7\u4EF6\u6570",
    "\u5546\u8AC7\u5316\u6570",
    "\u65B0\u898F\u5546\u8AC7\u6570",
    "\u6848\u4EF6\u6570",
    "opportunities",
    "opportunity",
    "opps",
    "deals"
  ],
  won: [
    "\u53D7\u6CE8",
    "\u53D7\u6CE8\u6570",
    "\u53D7\u6CE8\u4EF6\u6570",
    "\u65B0\u898F\u53D7\u6CE8\u6570",
    "\u6210\u7D04",
    "\u6210\u7D04\u6570",
    "\u6210\u7D04\u4EF6\u6570",
    "\u65B0\u898F\u9867\u5BA2\u6570",
    "won",
    "wins",
    "closed won",
    "customers",
    "new customers"
  ],
  cost: ["\u8CBB\u7528", "\u5E83\u544A\u8CBB", "\u5E83\u544A\u8CBB\u7528", "\u30B3\u30B9\u30C8", "\u4E88\u7B97", "\u5E83\u544A\u4E88\u7B97", "cost", "spend", "ad spend", "budget"],
  revenue: [
    "\u53D7\u6CE8\u91D1\u984D",
    "\u53D7\u6CE8\u984D",
    "\u58F2\u4E0A",
    "\u58F2\u4E0A\u9AD8",
    "\u58F2\u4E0A\u91D1\u984D",
    "\u6210\u7D04\u91D1\u984D",
    "\u5951\u7D04\u91D1\u984D",
    "revenue",
    "sales",
    "bookings"
  ]
};
var METRIC_BY_KEY = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const metric of Object.keys(METRIC_ALIASES)) {
    for (const alias of METRIC_ALIASES[metric]) map.set(headerKey(alias), metric);
  }
  return map;
})();
var TARGET_WORD = "\u76EE\u6A19\u5024|\u76EE\u6A19|target|goal|\u8A08\u753B|plan";
var TARGET_AFFIXES = [
  new RegExp(`^(?:${TARGET_WORD})(?:\u306E)?`),
  new RegExp(`\\((?:${TARGET_WORD})\\)$`),
  new RegExp(`(?:\u306E)?(?:${TARGET_WORD})$`)
];
function targetMetricFromText(value) {
  if (typeof value !== "string") return null;
  const key = headerKey(value);
  const direct = METRIC_BY_KEY.get(key);
  if (direct) return direct;
  let stripped = key;
  for (const affix of TARGET_AFFIXES) stripped = stripped.replace(affix, "");
  return stripped === "" ? null : METRIC_BY_KEY.get(stripped) ?? null;
}
function mentionsTarget(value) {
  return /目標|予算|target|goal|計画|plan|kpi/.test(headerKey(value));
}

// src/core/dates/dayResult.ts
var PROBLEM_TEXT = {
  not_a_date: {
    ja: "\u65E5\u4ED8\u3068\u3057\u3066\u8AAD\u3081\u307E\u305B\u3093",
    en: "is not a date"
  },
  impossible_date: {
    ja: "\u5B58\u5728\u3057\u306A\u3044\u65E5\u4ED8\u30FB\u6642\u523B\u3067\u3059",
    en: "is not a real calendar day or time"
  },
  out_of_range: {
    ja: "1900\u5E74\u301C2200\u5E74\u306E\u7BC4\u56F2\u5916\u3067\u3059",
    en: "is outside the years 1900\u20132200"
  },
  outside_era: {
    ja: "\u5143\u53F7\u306E\u671F\u9593\u5916\u3067\u3059\uFF08\u5E73\u6210\u306F2019\u5E744\u670830\u65E5\u307E\u3067\u3001\u4EE4\u548C\u306F2019\u5E745\u67081\u65E5\u304B\u3089\uFF09",
    en: "is outside its Japanese era (Heisei ends on 2019-04-30, Reiwa starts on 2019-05-01)"
  },
  ambiguous_order: {
    ja: "\u300C\u6708/\u65E5/\u5E74\u300D\u304B\u300C\u65E5/\u6708/\u5E74\u300D\u304B\u5224\u5225\u3067\u304D\u307E\u305B\u3093",
    en: "could be month/day/year or day/month/year"
  }
};
function describeDateProblem(problem, language) {
  return PROBLEM_TEXT[problem][language];
}

// src/core/dates/calendar.ts
var FIRST_PLAUSIBLE_YEAR = 1900;
var LAST_PLAUSIBLE_YEAR = 2200;
var MILLISECONDS_PER_DAY = 864e5;
function daysInMonth(year, month) {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function isValidCivilDate(year, month, day) {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function dayFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function civilFromDay(dayNumber) {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
function pad(value, width) {
  return String(value).padStart(width, "0");
}
function dayToMonth(dayNumber) {
  const { year, month } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}
function isPlausibleYear(year) {
  return year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR;
}

// src/core/dates/instants.ts
var SERIAL_EPOCH_DAY = -25569;
function isDateObject(value) {
  return Object.prototype.toString.call(value) === "[object Date]";
}
function dateObjectMilliseconds(value) {
  return Date.prototype.getTime.call(value);
}
function instantToLocalDay(epochMilliseconds, zoneOffset) {
  const local = epochMilliseconds + zoneOffset(epochMilliseconds) * 6e4;
  return Math.floor(local / MILLISECONDS_PER_DAY);
}
var FIRST_PLAUSIBLE_DAY = dayFromCivil(FIRST_PLAUSIBLE_YEAR, 1, 1);
var LAST_PLAUSIBLE_DAY = dayFromCivil(LAST_PLAUSIBLE_YEAR, 12, 31);
function plausibleDay(day, precision = "day") {
  return day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY ? { kind: "day", day, precision } : { kind: "invalid", reason: "out_of_range" };
}
function dateObjectToDay(value, zoneOffset) {
  const milliseconds = dateObjectMilliseconds(value);
  if (!Number.isFinite(milliseconds)) return { kind: "invalid", reason: "not_a_date" };
  return plausibleDay(instantToLocalDay(milliseconds, zoneOffset));
}
function serialToDay(serial) {
  if (!Number.isFinite(serial)) return { kind: "invalid", reason: "not_a_date" };
  return plausibleDay(Math.floor(serial) + SERIAL_EPOCH_DAY);
}

// src/core/parse/messages.ts
var MAX_QUOTED_LENGTH = 30;
function quoteValue(value) {
  let text;
  if (typeof value === "string") text = value;
  else if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
  else if (isDateObject(value)) text = Number.isFinite(dateObjectMilliseconds(value)) ? "date value" : "Invalid Date";
  else text = String(value);
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH)}\u2026` : oneLine;
}
function where(place, language) {
  return language === "ja" ? `\u300C${place.tab}\u300D${place.row}\u884C\u76EE: ` : `"${place.tab}" row ${place.row}: `;
}
function consequence(kind, language) {
  if (language === "ja") {
    return { row_skipped: "\u3053\u306E\u884C\u306F\u8AAD\u307F\u98DB\u3070\u3057\u307E\u3057\u305F\u3002", value_blank: "\u3053\u306E\u5024\u306F\u7A7A\u6B04\u3068\u3057\u3066\u6271\u3044\u307E\u3057\u305F\u3002", value_kept: "\u3053\u306E\u5024\u306F\u305D\u306E\u307E\u307E\u96C6\u8A08\u306B\u542B\u3081\u307E\u3057\u305F\u3002" }[kind];
  }
  return { row_skipped: "The row was skipped.", value_blank: "The value was treated as blank.", value_kept: "The value was kept." }[kind];
}
var DATE_FIX = {
  ja: "2025-04-01 \u3084 2025/4/1\u30012025\u5E744\u67081\u65E5 \u306E\u5F62\u3067\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  en: "Use a form such as 2025-04-01, 2025/4/1 or Apr 1, 2025."
};
function unreadableDateMessage(place, field, value, problem, outcome, language) {
  const reason = describeDateProblem(problem, language);
  return language === "ja" ? `${where(place, language)}${field}\u300C${quoteValue(value)}\u300D\u306F${reason}\u3002${consequence(outcome, language)}${DATE_FIX.ja}` : `${where(place, language)}${field} "${quoteValue(value)}" ${reason}. ${consequence(outcome, language)} ${DATE_FIX.en}`;
}
function unreadableNumberMessage(place, field, value, problem, fix, outcome, language) {
  return language === "ja" ? `${where(place, language)}${field}\u300C${quoteValue(value)}\u300D\u306F${problem}\u3002${consequence(outcome, language)}${fix}` : `${where(place, language)}${field} "${quoteValue(value)}" ${problem}. ${consequence(outcome, language)} ${fix}`;
}
function missingRequiredMessage(place, field, language) {
  return language === "ja" ? `${where(place, language)}${field}\u304C\u7A7A\u6B04\u3067\u3059\u3002${consequence("row_skipped", language)}\u5024\u3092\u5165\u308C\u308B\u304B\u3001\u30C7\u30FC\u30BF\u3067\u306A\u3044\u884C\u306A\u3089\u524A\u9664\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `${where(place, language)}${field} is blank. ${consequence("row_skipped", language)} Fill it in, or delete the row if it is not data.`;
}
function negativeValueMessage(place, field, value, outcome, language) {
  const kept = outcome === "value_kept";
  if (language === "ja") {
    const advice2 = kept ? "\u8FD4\u91D1\u3084\u8ABF\u6574\u3067\u3042\u308C\u3070\u554F\u984C\u3042\u308A\u307E\u305B\u3093\u3002" : "\u4EF6\u6570\u306F\u30DE\u30A4\u30CA\u30B9\u306B\u306A\u308A\u307E\u305B\u3093\u3002\u5024\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002";
    return `${where(place, language)}${field}\u300C${quoteValue(value)}\u300D\u304C\u30DE\u30A4\u30CA\u30B9\u3067\u3059\u3002${consequence(outcome, language)}${advice2}`;
  }
  const advice = kept ? "This is fine for a refund or an adjustment." : "Counts cannot be negative; check the value.";
  return `${where(place, language)}${field} "${quoteValue(value)}" is negative. ${consequence(outcome, language)} ${advice}`;
}
function rateOutOfRangeMessage(place, field, value, language) {
  return language === "ja" ? `${where(place, language)}${field}\u300C${quoteValue(value)}\u300D\u306F 0\u301C100% \u306E\u7BC4\u56F2\u5916\u3067\u3059\u3002${consequence("value_blank", language)}0.45 \u3084 45% \u306E\u5F62\u3067\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `${where(place, language)}${field} "${quoteValue(value)}" is outside 0\u2013100%. ${consequence("value_blank", language)} Use a form such as 0.45 or 45%.`;
}
function unreadableDurationMessage(place, field, value, language) {
  return language === "ja" ? `${where(place, language)}${field}\u300C${quoteValue(value)}\u300D\u306F\u6642\u9593\u3068\u3057\u3066\u8AAD\u3081\u307E\u305B\u3093\u3002${consequence("value_blank", language)}\u79D2\u6570\uFF0883\uFF09\u30011:23\u30011\u520623\u79D2 \u306E\u5F62\u3067\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `${where(place, language)}${field} "${quoteValue(value)}" is not a duration. ${consequence("value_blank", language)} Use seconds (83), 1:23 or 1\u520623\u79D2.`;
}
function unknownMetricMessage(place, value, language) {
  return language === "ja" ? `${where(place, language)}\u6307\u6A19\u300C${quoteValue(value)}\u300D\u306F\u30EC\u30DD\u30FC\u30C8\u3067\u6271\u3048\u308B\u6307\u6A19\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u3002${consequence("row_skipped", language)}\u30EA\u30FC\u30C9\u6570\u3001MQL\u6570\u3001SQL\u6570\u3001\u5546\u8AC7\u6570\u3001\u53D7\u6CE8\u6570\u3001\u53D7\u6CE8\u91D1\u984D\u3001\u8CBB\u7528\u3001\u30BB\u30C3\u30B7\u30E7\u30F3\u3001\u8868\u793A\u56DE\u6570\u3001\u30AF\u30EA\u30C3\u30AF\u6570 \u306E\u3044\u305A\u308C\u304B\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `${where(place, language)}metric "${quoteValue(value)}" is not one the report can track. ${consequence("row_skipped", language)} Use one of: leads, MQL, SQL, opportunities, won, revenue, cost, sessions, impressions, clicks (or \u30EA\u30FC\u30C9\u6570, \u5546\u8AC7\u6570, \u53D7\u6CE8\u6570, \u53D7\u6CE8\u91D1\u984D, \u8CBB\u7528 \u2026).`;
}
function unrecognisedValuesMessage(tab, field, vocabulary, examples, rowCount, language) {
  const quoted = language === "ja" ? examples.map((e) => `\u300C${quoteValue(e)}\u300D`).join("") : examples.map((e) => `"${quoteValue(e)}"`).join(", ");
  if (language === "ja") {
    const treatment2 = {
      flag: "\u672A\u5230\u9054\u3068\u3057\u3066\u6271\u3044\u307E\u3057\u305F\u3002\u25CB/\xD7\u3001\u306F\u3044/\u3044\u3044\u3048\u30011/0 \u307E\u305F\u306F\u65E5\u4ED8\u3092\u5165\u308C\u3066\u304F\u3060\u3055\u3044\u3002",
      status: "\u30EA\u30FC\u30C9\u6BB5\u968E\u3068\u3057\u3066\u6271\u3044\u307E\u3057\u305F\u3002\u30EA\u30FC\u30C9\u3001MQL\u3001SQL\u3001\u5546\u8AC7\u3001\u53D7\u6CE8\u3001\u5931\u6CE8 \u306A\u3069\u306E\u5024\u306B\u3059\u308B\u3068\u6BB5\u968E\u304C\u53CD\u6620\u3055\u308C\u307E\u3059\u3002",
      deal_stage: "\u9032\u884C\u4E2D\u306E\u5546\u8AC7\u3068\u3057\u3066\u6271\u3044\u307E\u3057\u305F\u3002\u53D7\u6CE8\uFF08\u6210\u7ACB\uFF09\u30FB\u5931\u6CE8\u306E\u5546\u8AC7\u306F\u3001\u53D7\u6CE8\u30FB\u6210\u7ACB\u30FBClosed Won\uFF0F\u5931\u6CE8\u30FBClosed Lost \u306A\u3069\u306E\u5024\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002"
    }[vocabulary];
    return `\u300C${tab}\u300D\u306E${field}\u5217\u306B\u3001\u8AAD\u307F\u53D6\u308C\u306A\u3044\u5024\u304C ${rowCount} \u884C\u3042\u308A\u307E\u3057\u305F\uFF08${quoted}\uFF09\u3002${treatment2}`;
  }
  const treatment = {
    flag: "They were read as not reached. Use \u25CB/\xD7, yes/no, 1/0 or a date.",
    status: "They were read as the lead stage. Values such as Lead, MQL, SQL, Opportunity, Won or Lost are recognised.",
    deal_stage: "Those deals were read as open. Use values such as Closed Won / \u53D7\u6CE8 or Closed Lost / \u5931\u6CE8 for closed deals."
  }[vocabulary];
  return `"${tab}", column ${field}: ${rowCount} row(s) hold values that could not be read (${quoted}). ${treatment}`;
}
function moreRowsMessage(tab, field, rowCount, language) {
  return language === "ja" ? `\u300C${tab}\u300D\u306E${field}\u5217\u3067\u306F\u3001\u307B\u304B\u306B ${rowCount} \u884C\u3067\u540C\u3058\u554F\u984C\u304C\u3042\u308A\u307E\u3057\u305F\u3002` : `"${tab}", column ${field}: the same problem occurs in ${rowCount} more row(s).`;
}
function unusableTabMessage(tab, kind, fields, language) {
  return language === "ja" ? `\u300C${tab}\u300D\u30BF\u30D6\u306F\u3001${kind}\u30C7\u30FC\u30BF\u3068\u3057\u3066\u8AAD\u3080\u306E\u306B\u5FC5\u8981\u306A\u5217\uFF08${fields.join("\u3001")}\uFF09\u304C\u5272\u308A\u5F53\u3066\u3089\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u8AAD\u307F\u8FBC\u307F\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u30B5\u30A4\u30C9\u30D0\u30FC\u3067\u5217\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `Tab "${tab}" was not read: the ${kind.toLowerCase()} columns it needs (${fields.join(", ")}) are not mapped. Choose them in the sidebar.`;
}
function missingTabMessage(tab, language) {
  return language === "ja" ? `\u300C${tab}\u300D\u30BF\u30D6\u304C\u898B\u3064\u304B\u3089\u306A\u3044\u305F\u3081\u3001\u8AAD\u307F\u8FBC\u307F\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u540D\u524D\u3092\u5909\u3048\u305F\u5834\u5408\u306F\u3001\u30B5\u30A4\u30C9\u30D0\u30FC\u3067\u65B0\u3057\u3044\u30BF\u30D6\u3092\u5272\u308A\u5F53\u3066\u3066\u304F\u3060\u3055\u3044\u3002` : `Tab "${tab}" was not found, so it was not read. If it was renamed, map the new tab in the sidebar.`;
}
function headerNotFoundMessage(tab, headerRowNumber, language) {
  return language === "ja" ? `\u300C${tab}\u300D\u30BF\u30D6\u306B\u898B\u51FA\u3057\u884C\uFF08${headerRowNumber}\u884C\u76EE\uFF09\u304C\u898B\u3064\u304B\u3089\u306A\u3044\u305F\u3081\u3001\u8AAD\u307F\u8FBC\u307F\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u30B5\u30A4\u30C9\u30D0\u30FC\u3067\u898B\u51FA\u3057\u884C\u3092\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `Tab "${tab}" has no header row at row ${headerRowNumber}, so it was not read. Check the header row in the sidebar.`;
}
function assumedDateOrderMessage(tab, field, language) {
  return language === "ja" ? `\u300C${tab}\u300D\u306E${field}\u5217\u306E 4/5/2025 \u306E\u3088\u3046\u306A\u65E5\u4ED8\u306F\u300C\u6708/\u65E5/\u5E74\u300D\u3068\u3057\u3066\u8AAD\u307F\u307E\u3057\u305F\u3002\u300C\u65E5/\u6708/\u5E74\u300D\u306E\u5834\u5408\u306F 2025-05-04 \u306E\u5F62\u306B\u76F4\u3057\u3066\u304F\u3060\u3055\u3044\u3002` : `"${tab}", column ${field}: dates such as 4/5/2025 were read as month/day/year. If they are day/month/year, write them as 2025-05-04.`;
}

// src/core/parse/stages.ts
var STATUS_VALUES = {
  leads: [
    "\u30EA\u30FC\u30C9",
    "lead",
    "leads",
    "\u65B0\u898F",
    "\u65B0\u898F\u30EA\u30FC\u30C9",
    "new",
    "open",
    "\u30AA\u30FC\u30D7\u30F3",
    "\u898B\u8FBC\u307F",
    "\u898B\u8FBC\u307F\u5BA2",
    "\u898B\u8FBC\u5BA2",
    "\u672A\u5BFE\u5FDC",
    "\u5BFE\u5FDC\u4E2D",
    "\u672A\u7740\u624B",
    "\u30A2\u30D7\u30ED\u30FC\u30C1\u4E2D",
    "\u63A5\u89E6\u6E08\u307F",
    "\u30CA\u30FC\u30C1\u30E3\u30EA\u30F3\u30B0",
    "\u30CA\u30FC\u30C1\u30E3\u30EA\u30F3\u30B0\u4E2D",
    "\u80B2\u6210\u4E2D",
    "\u6398\u308A\u8D77\u3053\u3057",
    "\u4F11\u7720",
    "subscriber",
    "\u30B5\u30D6\u30B9\u30AF\u30E9\u30A4\u30D0\u30FC",
    "\u8CFC\u8AAD\u8005",
    "other",
    "\u305D\u306E\u4ED6",
    "nurturing",
    "working",
    // HubSpot lead statuses
    "in progress",
    "attempted to contact",
    "attempting to contact",
    "connected",
    "unqualified",
    "bad timing",
    // Salesforce lead statuses
    "Open - Not Contacted",
    "Working - Contacted",
    "Closed - Not Converted"
  ],
  mql: [
    "MQL",
    "Marketing Qualified Lead",
    "marketingqualifiedlead",
    "marketing qualified",
    "MQL\u5316",
    "\u30DE\u30FC\u30B1\u30C6\u30A3\u30F3\u30B0\u4E0A\u306E\u6709\u671B\u306A\u898B\u8FBC\u307F\u5BA2",
    "\u30DB\u30C3\u30C8\u30EA\u30FC\u30C9",
    "hot lead",
    "SAL",
    "Sales Accepted Lead"
  ],
  sql: ["SQL", "Sales Qualified Lead", "salesqualifiedlead", "sales qualified", "SQL\u5316", "\u55B6\u696D\u4E0A\u306E\u6709\u671B\u306A\u898B\u8FBC\u307F\u5BA2"],
  opportunities: [
    "\u5546\u8AC7",
    "\u5546\u8AC7\u4E2D",
    "\u5546\u8AC7\u5316",
    "\u5546\u8AC7\u5316\u6E08\u307F",
    "opportunity",
    "opportunities",
    "\u63D0\u6848",
    "\u63D0\u6848\u4E2D",
    "\u63D0\u6848\u6E08\u307F",
    "\u898B\u7A4D",
    "\u898B\u7A4D\u4E2D",
    "\u898B\u7A4D\u63D0\u51FA",
    "\u898B\u7A4D\u63D0\u51FA\u6E08\u307F",
    "\u898B\u7A4D\u3082\u308A",
    "\u898B\u7A4D\u308A",
    "\u63D0\u6848/\u898B\u7A4D",
    "\u4EA4\u6E09",
    "\u4EA4\u6E09\u4E2D",
    "\u5951\u7D04\u4EA4\u6E09",
    "\u7A1F\u8B70\u4E2D",
    "\u53D7\u6CE8\u898B\u8FBC\u307F",
    "\u53D7\u6CE8\u4E88\u5B9A",
    "\u53D6\u5F15\u958B\u59CB",
    "\u53D6\u5F15\u958B\u59CB\u6E08\u307F",
    "proposal",
    "negotiation",
    // HubSpot lead status "Open Deal" and default deal stages (labels and internal IDs)
    "open deal",
    "Appointment Scheduled",
    "appointmentscheduled",
    "Qualified To Buy",
    "qualifiedtobuy",
    "Presentation Scheduled",
    "presentationscheduled",
    "Decision Maker Bought-In",
    "decisionmakerboughtin",
    "Contract Sent",
    "contractsent",
    // the same stages as Japanese portals label them (wording unconfirmed, so several spellings)
    "\u30A2\u30DD\u30A4\u30F3\u30C8\u8A2D\u5B9A\u6E08\u307F",
    "\u30A2\u30DD\u8A2D\u5B9A\u6E08\u307F",
    "\u8CFC\u5165\u306E\u898B\u8FBC\u307F\u3042\u308A",
    "\u8CFC\u5165\u898B\u8FBC\u307F\u3042\u308A",
    "\u30D7\u30EC\u30BC\u30F3\u30C6\u30FC\u30B7\u30E7\u30F3\u8A2D\u5B9A\u6E08\u307F",
    "\u30D7\u30EC\u30BC\u30F3\u8A2D\u5B9A\u6E08\u307F",
    "\u610F\u601D\u6C7A\u5B9A\u8005\u306E\u8CDB\u540C",
    "\u610F\u601D\u6C7A\u5B9A\u8005\u306E\u540C\u610F",
    "\u5951\u7D04\u66F8\u9001\u4ED8\u6E08\u307F",
    // Salesforce opportunity stages (English and Japanese) and a converted lead
    "Prospecting",
    "Qualification",
    "Needs Analysis",
    "Value Proposition",
    "Id. Decision Makers",
    "Perception Analysis",
    "Proposal/Price Quote",
    "Negotiation/Review",
    "\u30CB\u30FC\u30BA\u5206\u6790",
    "\u4FA1\u5024\u63D0\u6848",
    "\u610F\u601D\u6C7A\u5B9A\u8005\u306E\u7279\u5B9A",
    "\u8A8D\u8B58\u5206\u6790",
    "\u4EA4\u6E09/\u30EC\u30D3\u30E5\u30FC",
    "Closed - Converted"
  ],
  won: [
    "\u53D7\u6CE8",
    "\u53D7\u6CE8\u6E08",
    "\u53D7\u6CE8\u6E08\u307F",
    "\u53D7\u6CE8\u78BA\u5B9A",
    "\u6210\u7D04",
    "\u6210\u7D04\u6E08",
    "\u6210\u7D04\u6E08\u307F",
    "\u6210\u7ACB",
    "\u5951\u7D04",
    "\u5951\u7D04\u6E08",
    "\u5951\u7D04\u6E08\u307F",
    "\u5951\u7D04\u7DE0\u7D50",
    "\u5C0E\u5165\u6E08\u307F",
    "Closed Won",
    "closedwon",
    "won",
    "Customer",
    "\u9867\u5BA2",
    "\u65E2\u5B58\u9867\u5BA2",
    "Evangelist",
    "\u30A8\u30D0\u30F3\u30B8\u30A7\u30EA\u30B9\u30C8"
  ],
  lost: ["\u5931\u6CE8", "\u5931\u6CE8\u6E08\u307F", "Closed Lost", "closedlost", "lost", "\u4E0D\u6210\u7ACB", "\u898B\u9001\u308A"]
};
function statusKey(value) {
  let text = value.normalize("NFKC").trim().toLowerCase();
  text = text.replace(/^\d{1,2}\s*[.:)_-]\s*/, "");
  let previous = "";
  while (previous !== text) {
    previous = text;
    text = text.replace(/\s*\([^()]*\)\s*$/, "");
  }
  return text.replace(/[\s\-_/.・,、]+/g, "");
}
var CLASS_BY_KEY = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const statusClass of Object.keys(STATUS_VALUES)) {
    for (const value of STATUS_VALUES[statusClass]) map.set(statusKey(value), statusClass);
  }
  return map;
})();
var CLASS_CACHE = /* @__PURE__ */ new Map();
var CLASS_CACHE_LIMIT = 2e3;
function classify(value) {
  const cached = CLASS_CACHE.get(value);
  if (cached !== void 0) return cached;
  const statusClass = classifyUncached(value);
  if (CLASS_CACHE.size < CLASS_CACHE_LIMIT) CLASS_CACHE.set(value, statusClass);
  return statusClass;
}
function classifyUncached(value) {
  const direct = CLASS_BY_KEY.get(statusKey(value));
  if (direct) return direct;
  const inner = /\(([^()]+)\)\s*$/.exec(value.normalize("NFKC"));
  return inner?.[1] ? CLASS_BY_KEY.get(statusKey(inner[1])) ?? null : null;
}
function textOf(value) {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}
function stageFromStatus(value) {
  const text = textOf(value);
  if (text === null) return null;
  const statusClass = classify(text);
  if (statusClass === null) return { stage: "leads", lost: false, known: false };
  if (statusClass === "lost") return { stage: "opportunities", lost: true, known: true };
  return { stage: statusClass, lost: false, known: true };
}
function dealOutcomeFromStage(value) {
  const text = textOf(value);
  if (text === null) return null;
  const statusClass = classify(text);
  if (statusClass === "won") return { outcome: "won", known: true };
  if (statusClass === "lost") return { outcome: "lost", known: true };
  return { outcome: "open", known: statusClass !== null };
}

// src/core/parse/kindReaders.ts
function aggregateChannel(fields, context) {
  if (fields.has("channel")) return fields.text("channel");
  const fallback = (context.mapping.channel ?? context.tab).trim();
  return fallback === "" ? null : fallback;
}
function readAds(context) {
  return (fields) => {
    const date = fields.requiredDay("date");
    const cost = fields.requiredNumber("cost", "money");
    if (fields.skipped || date === null || cost === null) return null;
    const row = {
      tab: fields.place.tab,
      row: fields.place.row,
      date,
      channel: aggregateChannel(fields, context),
      campaign: fields.text("campaign"),
      cost,
      impressions: fields.optionalNumber("impressions", "count"),
      clicks: fields.optionalNumber("clicks", "count"),
      conversions: fields.optionalNumber("conversions", "count")
    };
    return [row];
  };
}
function readTraffic(context) {
  return (fields) => {
    const date = fields.requiredDay("date");
    const sessions = fields.requiredNumber("sessions", "count");
    if (fields.skipped || date === null || sessions === null) return null;
    const row = {
      tab: fields.place.tab,
      row: fields.place.row,
      date,
      channel: aggregateChannel(fields, context),
      sessions,
      newUsers: fields.optionalNumber("new_users", "count"),
      engagedSessions: fields.optionalNumber("engaged_sessions", "count"),
      bounceRate: fields.optionalRate("bounce_rate"),
      averageEngagementSeconds: fields.optionalSeconds("avg_engagement_seconds"),
      downloads: fields.optionalNumber("downloads", "count")
    };
    return [row];
  };
}
function readLeads(context) {
  const statusLabel = fieldLabel("status", context.language);
  return (fields) => {
    const created = fields.requiredDay("created_date");
    if (fields.skipped || created === null) return null;
    let statusStage = null;
    let lost = false;
    const status = stageFromStatus(fields.cell("status"));
    if (status !== null) {
      statusStage = status.stage;
      lost = status.lost;
      if (!status.known) context.log.unrecognised(context.tab, "status", statusLabel, "status", fields.text("status") ?? "");
    }
    if (fields.flag("lost_flag")) lost = true;
    const row = {
      tab: fields.place.tab,
      row: fields.place.row,
      created,
      leadId: fields.text("lead_id"),
      emailKey: fields.emailKey("email"),
      channel: fields.text("channel"),
      score: fields.optionalNumber("score", "signed"),
      mql: fields.stageEvidence("mql_date", "mql_flag"),
      sql: fields.stageEvidence("sql_date", "sql_flag"),
      opportunities: fields.stageEvidence("opportunity_date", "opportunity_flag"),
      won: fields.stageEvidence("won_date", "won_flag"),
      statusStage,
      lost,
      amount: fields.optionalNumber("amount", "money")
    };
    return [row];
  };
}
var WON_DATE_HEADER_KEYS = new Set(["\u53D7\u6CE8\u65E5", "\u53D7\u6CE8\u65E5\u6642", "\u6210\u7D04\u65E5", "\u6210\u7D04\u65E5\u6642", "\u5951\u7D04\u65E5", "wondate"].map(headerKey));
function readDeals(context, header) {
  const closeColumn = context.mapping.columns.close_date;
  const closeDateMeansWon = closeColumn !== void 0 && WON_DATE_HEADER_KEYS.has(headerKey(header[closeColumn]));
  const stageLabel = fieldLabel("stage", context.language);
  return (fields) => {
    const created = fields.requiredDay("created_date");
    if (fields.skipped || created === null) return null;
    const closeDate = fields.optionalDay("close_date");
    const stage = dealOutcomeFromStage(fields.cell("stage"));
    let outcome = stage?.outcome ?? "open";
    if (stage !== null && !stage.known) {
      context.log.unrecognised(context.tab, "stage", stageLabel, "deal_stage", fields.text("stage") ?? "");
    }
    if (stage === null && closeDateMeansWon && closeDate !== null) outcome = "won";
    const row = {
      tab: fields.place.tab,
      row: fields.place.row,
      created,
      dealId: fields.text("deal_id"),
      leadId: fields.text("lead_id"),
      emailKey: fields.emailKey("email"),
      channel: fields.text("channel"),
      outcome,
      closeDate,
      amount: fields.optionalNumber("amount", "money")
    };
    return [row];
  };
}
function readEmail() {
  return (fields) => {
    let delivered = fields.tryNumber("delivered", "count").value;
    if (delivered === null) delivered = fields.tryNumber("sent", "count").value;
    if (delivered === null) {
      fields.skipWith("delivered", "missing_required", missingDeliveredMessage(fields));
      return null;
    }
    const row = {
      tab: fields.place.tab,
      row: fields.place.row,
      date: fields.optionalDay("date"),
      campaign: fields.text("campaign"),
      segment: fields.text("segment"),
      delivered,
      opens: fields.optionalNumber("opens", "count"),
      clicks: fields.optionalNumber("clicks", "count"),
      conversions: fields.optionalNumber("conversions", "count")
    };
    return [row];
  };
}
function missingDeliveredMessage(fields) {
  const { tab, row } = fields.place;
  return fields.language === "ja" ? `\u300C${tab}\u300D${row}\u884C\u76EE: \u914D\u4FE1\u6210\u529F\u6570\uFF08\u307E\u305F\u306F\u914D\u4FE1\u6570\uFF09\u304C\u7A7A\u6B04\u304B\u8AAD\u3081\u306A\u3044\u305F\u3081\u3001\u3053\u306E\u884C\u306F\u8AAD\u307F\u98DB\u3070\u3057\u307E\u3057\u305F\u3002\u4EF6\u6570\u3092\u5165\u308C\u3066\u304F\u3060\u3055\u3044\u3002` : `"${tab}" row ${row}: delivered (or sent) is blank or unreadable, so the row was skipped. Enter a count.`;
}
function readTargets(context) {
  const wide = context.mapping.wideMetrics;
  if (wide && Object.keys(wide).length > 0) {
    const metricColumns = Object.entries(wide).map(([column, metric]) => ({ column: Number(column), metric }));
    return (fields) => {
      const month = fields.requiredMonth("month");
      if (fields.skipped || month === null) return null;
      const rows = [];
      for (const { column, metric } of metricColumns) {
        const label = TARGET_METRIC_LABELS[metric][context.language];
        const target = fields.optionalNumberAt(column, "target", label, "count");
        if (target !== null) rows.push({ tab: fields.place.tab, row: fields.place.row, month, metric, target });
      }
      return rows;
    };
  }
  return (fields) => {
    const month = fields.requiredMonth("month");
    const target = fields.requiredNumber("target", "count");
    if (fields.skipped || month === null || target === null) return null;
    const metricText = fields.text("metric");
    const metric = targetMetricFromText(metricText);
    if (metric === null) {
      if (metricText === null) fields.skipWith("metric", "missing_required", missingMetricMessage(fields));
      else fields.skipWith("metric", "unknown_metric", unknownMetricMessage(fields.place, metricText, context.language));
      return null;
    }
    return [{ tab: fields.place.tab, row: fields.place.row, month, metric, target }];
  };
}
function missingMetricMessage(fields) {
  const { tab, row } = fields.place;
  return fields.language === "ja" ? `\u300C${tab}\u300D${row}\u884C\u76EE: \u6307\u6A19\u304C\u7A7A\u6B04\u306E\u305F\u3081\u3001\u3053\u306E\u884C\u306F\u8AAD\u307F\u98DB\u3070\u3057\u307E\u3057\u305F\u3002\u30EA\u30FC\u30C9\u6570\u3001\u5546\u8AC7\u6570\u3001\u53D7\u6CE8\u91D1\u984D \u306A\u3069\u306E\u6307\u6A19\u540D\u3092\u5165\u308C\u3066\u304F\u3060\u3055\u3044\u3002` : `"${tab}" row ${row}: metric is blank, so the row was skipped. Enter a metric such as leads, opportunities or revenue.`;
}
function createRowReader(kind, context, header) {
  switch (kind) {
    case "ads":
      return readAds(context);
    case "traffic":
      return readTraffic(context);
    case "leads":
      return readLeads(context);
    case "deals":
      return readDeals(context, header);
    case "email":
      return readEmail();
    case "targets":
      return readTargets(context);
  }
}

// src/core/parse/rowFilters.ts
var TOTAL_WORDS = /* @__PURE__ */ new Set([
  "\u5408\u8A08",
  "\u7DCF\u8A08",
  "\u5C0F\u8A08",
  "\u7DCF\u5408\u8A08",
  "\u8A08",
  "\u5408\u8A08\u5024",
  "total",
  "totals",
  "grand total",
  "subtotal",
  "sub total",
  "sum"
]);
var TOTAL_PREFIX = /^(?:合計|総計|小計|total|totals|grand total|subtotal)\s*(?::|-|–|—)/;
var TOTAL_HINT = /[合総小]計|^\s*計\s*$|[tTｔＴ][oOｏＯ][tTｔＴ][aAａＡ][lLｌＬ]|^\s*[sSｓＳ][uUｕＵ][mMｍＭ]\s*$/;
var MAX_TOTAL_LABEL_LENGTH = 60;
var TOTAL_LABEL_COLUMNS = 3;
function isTotalLabel(value) {
  if (typeof value !== "string" || value.length > MAX_TOTAL_LABEL_LENGTH || !TOTAL_HINT.test(value)) return false;
  const text = normalizeText(value);
  return TOTAL_WORDS.has(text) || TOTAL_PREFIX.test(text);
}
function isTotalRow(row, labelColumns) {
  for (let column = 0; column < Math.min(TOTAL_LABEL_COLUMNS, row.length); column += 1) {
    if (isTotalLabel(row[column])) return true;
  }
  return labelColumns.some((column) => isTotalLabel(row[column]));
}
var HEADER_LENGTH_SLACK = 4;
function createRepeatedHeaderCheck(header, mappedColumns, anchorColumn2) {
  const columns = mappedColumns.map((column) => {
    const raw = header[column];
    const text = typeof raw === "string" ? raw.trim() : raw === null || raw === void 0 ? "" : String(raw);
    return { column, text, key: headerKey(raw) };
  }).filter((entry) => entry.key !== "");
  const needed = Math.max(Math.min(2, mappedColumns.length), Math.ceil(mappedColumns.length / 2));
  if (columns.length === 0 || columns.length < needed) return () => false;
  const anchor = columns.find((entry) => entry.column === anchorColumn2);
  const holdsHeaderText = (cell, text, key) => {
    if (typeof cell !== "string") return false;
    const trimmed = cell.trim();
    return trimmed === text || Math.abs(trimmed.length - text.length) <= HEADER_LENGTH_SLACK && headerKey(trimmed) === key;
  };
  return (row) => {
    if (anchor && !holdsHeaderText(row[anchor.column], anchor.text, anchor.key)) return false;
    let same = 0;
    let remaining = columns.length;
    for (const { column, text, key } of columns) {
      remaining -= 1;
      if (holdsHeaderText(row[column], text, key)) {
        same += 1;
        if (same >= needed) return true;
      }
      if (same + remaining < needed) return false;
    }
    return false;
  };
}
function isBlankRow(row) {
  return row.every(isBlank);
}
function isCommentRow(row) {
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === "string" && first.trim().startsWith("#");
}

// src/core/dates/eras.ts
var ERAS = [
  { names: ["\u4EE4\u548C", "r"], firstYear: 2019, first: dayFromCivil(2019, 5, 1), last: null },
  { names: ["\u5E73\u6210", "h"], firstYear: 1989, first: dayFromCivil(1989, 1, 8), last: dayFromCivil(2019, 4, 30) },
  { names: ["\u662D\u548C", "s"], firstYear: 1926, first: dayFromCivil(1926, 12, 25), last: dayFromCivil(1989, 1, 7) }
];
var ERA_NAME_PATTERN = ERAS.flatMap((era) => era.names).sort((a, b) => b.length - a.length).join("|");
function eraDateToDay(eraName, eraYear2, month, day) {
  const key = eraName.toLowerCase();
  const era = ERAS.find((candidate) => candidate.names.includes(key));
  if (!era || !Number.isInteger(eraYear2) || eraYear2 < 1) return { kind: "invalid", reason: "not_a_date" };
  const year = era.firstYear + eraYear2 - 1;
  if (!isValidCivilDate(year, month, day)) return { kind: "invalid", reason: "impossible_date" };
  const dayNumber = dayFromCivil(year, month, day);
  if (dayNumber < era.first || era.last !== null && dayNumber > era.last) {
    return { kind: "invalid", reason: "outside_era" };
  }
  return { kind: "day", day: dayNumber };
}
function eraMonthToDay(eraName, eraYear2, month) {
  const key = eraName.toLowerCase();
  const era = ERAS.find((candidate) => candidate.names.includes(key));
  if (!era || !Number.isInteger(eraYear2) || eraYear2 < 1) return { kind: "invalid", reason: "not_a_date" };
  const year = era.firstYear + eraYear2 - 1;
  if (!isValidCivilDate(year, month, 1)) return { kind: "invalid", reason: "impossible_date" };
  const monthStart = dayFromCivil(year, month, 1);
  const monthEnd = month === 12 ? dayFromCivil(year + 1, 1, 1) - 1 : dayFromCivil(year, month + 1, 1) - 1;
  if (monthEnd < era.first || era.last !== null && monthStart > era.last) {
    return { kind: "invalid", reason: "outside_era" };
  }
  return { kind: "day", day: monthStart };
}

// src/core/dates/dateText.ts
var ENGLISH_MONTHS = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12
};
var MONTH_NAME = `(${Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;
var WEEKDAY_NAME = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?";
var ERA = `(${ERA_NAME_PATTERN})`;
var ERA_YEAR = "(\\d{1,2}|\u5143)";
var ORDINAL = "(?:st|nd|rd|th)?";
var num = (text) => text === void 0 ? NaN : Number(text);
var eraYear = (text) => text === "\u5143" ? 1 : num(text);
var monthName = (text) => text === void 0 ? NaN : ENGLISH_MONTHS[text.replace(".", "")] ?? NaN;
var HEAD_PATTERNS = [
  {
    // 2025-04-01, 2025/4/1, 2025.4.1 (one separator throughout)
    pattern: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/,
    allowsTail: true,
    read: (m) => ({ form: "ymd", year: num(m[1]), month: num(m[3]), day: num(m[4]) })
  },
  {
    // 2025年4月1日
    pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    allowsTail: true,
    read: (m) => ({ form: "ymd", year: num(m[1]), month: num(m[2]), day: num(m[3]) })
  },
  {
    // 20250401 (GA4)
    pattern: /^(\d{4})(\d{2})(\d{2})$/,
    allowsTail: false,
    read: (m) => ({ form: "ymd", year: num(m[1]), month: num(m[2]), day: num(m[3]) })
  },
  {
    // 令和7年4月1日, R7年4月1日
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}\\s*\u5E74\\s*(\\d{1,2})\\s*\u6708\\s*(\\d{1,2})\\s*\u65E5`),
    allowsTail: true,
    read: (m) => ({ form: "era-ymd", era: m[1] ?? "", eraYear: eraYear(m[2]), month: num(m[3]), day: num(m[4]) })
  },
  {
    // R7.4.1, H31/4/30, 令和7.4.1
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}([-/.])(\\d{1,2})\\3(\\d{1,2})`),
    allowsTail: true,
    read: (m) => ({ form: "era-ymd", era: m[1] ?? "", eraYear: eraYear(m[2]), month: num(m[4]), day: num(m[5]) })
  },
  {
    // Apr 1, 2025 · April 1 2025 · Tue, Apr 1, 2025
    pattern: new RegExp(`^(?:${WEEKDAY_NAME},?\\s+)?${MONTH_NAME}\\s*(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`),
    allowsTail: true,
    read: (m) => ({ form: "ymd", year: num(m[3]), month: monthName(m[1]), day: num(m[2]) })
  },
  {
    // 1 Apr 2025 · 1-Apr-2025 · Tuesday, 1 April 2025
    pattern: new RegExp(`^(?:${WEEKDAY_NAME},?\\s+)?(\\d{1,2})${ORDINAL}[\\s-]*${MONTH_NAME},?[\\s-]*(\\d{4})`),
    allowsTail: true,
    read: (m) => ({ form: "ymd", year: num(m[3]), month: monthName(m[2]), day: num(m[1]) })
  },
  {
    // 4/1/2025 (order decided by the caller)
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/,
    allowsTail: true,
    read: (m) => ({ form: "slash", first: num(m[1]), second: num(m[2]), year: num(m[3]) })
  },
  {
    // 2025-04, 2025/4, 2025.04
    pattern: /^(\d{4})[-/.](\d{1,2})$/,
    allowsTail: false,
    read: (m) => ({ form: "ym", year: num(m[1]), month: num(m[2]) })
  },
  {
    // 2025年4月, 2025年4月分
    pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:分)?$/,
    allowsTail: false,
    read: (m) => ({ form: "ym", year: num(m[1]), month: num(m[2]) })
  },
  {
    // 202504 (GA4 "year month")
    pattern: /^(\d{4})(\d{2})$/,
    allowsTail: false,
    read: (m) => ({ form: "ym", year: num(m[1]), month: num(m[2]) })
  },
  {
    // 令和7年4月
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}\\s*\u5E74\\s*(\\d{1,2})\\s*\u6708(?:\u5206)?$`),
    allowsTail: false,
    read: (m) => ({ form: "era-ym", era: m[1] ?? "", eraYear: eraYear(m[2]), month: num(m[3]) })
  },
  {
    // R7.4
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}[-/.](\\d{1,2})$`),
    allowsTail: false,
    read: (m) => ({ form: "era-ym", era: m[1] ?? "", eraYear: eraYear(m[2]), month: num(m[3]) })
  },
  {
    // Apr 2025, April, 2025
    pattern: new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`),
    allowsTail: false,
    read: (m) => ({ form: "ym", year: num(m[2]), month: monthName(m[1]) })
  }
];
var QUICK_DATE = /^\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\s*$/;
var QUICK_COMPACT_DATE = /^\s*(\d{4})()(\d{2})(\d{2})\s*$/;
var JAPANESE_WEEKDAY = /^\s*\(\s*(?:[月火水木金土日](?:曜日?)?|[a-z]{3,9}\.?)\s*\)/;
var CLOCK_TIME = /^(?:\s*t\s*|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|午前|午後)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/;
var KANJI_TIME = /^\s*(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分\s*(?:(\d{1,2})\s*秒)?)?$/;
function hourOf(hour, meridiem) {
  if (meridiem === void 0) return hour;
  if (hour < 1 || hour > 12) return NaN;
  const afternoon = meridiem === "pm" || meridiem === "\u5348\u5F8C";
  return hour % 12 + (afternoon ? 12 : 0);
}
function timeMilliseconds(hour, minute, second) {
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59)) return null;
  return ((hour * 60 + minute) * 60 + second) * 1e3;
}
function zoneMinutes(text) {
  if (text === void 0) return null;
  if (text === "z" || text === "utc" || text === "gmt") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
function readTail(tail) {
  const rest = tail.replace(JAPANESE_WEEKDAY, "");
  if (rest.trim() === "") return null;
  const clock = CLOCK_TIME.exec(rest);
  if (clock) {
    const milliseconds = timeMilliseconds(hourOf(num(clock[1]), clock[4]), num(clock[2]), num(clock[3] ?? "0"));
    return milliseconds === null ? { milliseconds: NaN, zoneMinutes: null } : { milliseconds, zoneMinutes: zoneMinutes(clock[5]) };
  }
  const kanji = KANJI_TIME.exec(rest);
  if (kanji) {
    const milliseconds = timeMilliseconds(hourOf(num(kanji[2]), kanji[1]), num(kanji[3] ?? "0"), num(kanji[4] ?? "0"));
    return { milliseconds: milliseconds ?? NaN, zoneMinutes: null };
  }
  return void 0;
}
function slashParts(head, options) {
  const { first, second } = head;
  if (first > 12) return { month: second, day: first };
  if (second > 12) return { month: first, day: second };
  if (first === second) return { month: first, day: first };
  if (options.slashOrder === "mdy") return { month: first, day: second };
  if (options.slashOrder === "dmy") return { month: second, day: first };
  return "ambiguous";
}
function civilDay(year, month, day) {
  if (!isValidCivilDate(year, month, day)) return { kind: "invalid", reason: "impossible_date" };
  if (!isPlausibleYear(year)) return { kind: "invalid", reason: "out_of_range" };
  return { kind: "day", day: dayFromCivil(year, month, day), precision: "day" };
}
function headDay(head, options) {
  switch (head.form) {
    case "ymd":
      return civilDay(head.year, head.month, head.day);
    case "ym":
      if (!isValidCivilDate(head.year, head.month, 1)) return { kind: "invalid", reason: "impossible_date" };
      return plausibleDay(dayFromCivil(head.year, head.month, 1), "month");
    case "era-ymd": {
      const result = eraDateToDay(head.era, head.eraYear, head.month, head.day);
      return result.kind === "day" ? plausibleDay(result.day) : result;
    }
    case "era-ym": {
      const result = eraMonthToDay(head.era, head.eraYear, head.month);
      return result.kind === "day" ? plausibleDay(result.day, "month") : result;
    }
    case "slash": {
      const parts = slashParts(head, options);
      return parts === "ambiguous" ? { kind: "invalid", reason: "ambiguous_order" } : civilDay(head.year, parts.month, parts.day);
    }
  }
}
function withTime(day, time, zoneOffset) {
  if (time.zoneMinutes === null) return plausibleDay(day);
  const epoch = day * MILLISECONDS_PER_DAY + time.milliseconds - time.zoneMinutes * 6e4;
  return plausibleDay(instantToLocalDay(epoch, zoneOffset));
}
function parseDateText(text, zoneOffset, options = {}) {
  const quick = QUICK_DATE.exec(text) ?? QUICK_COMPACT_DATE.exec(text);
  if (quick) return civilDay(num(quick[1]), num(quick[3]), num(quick[4]));
  const normalized = text.normalize("NFKC").replace(/^\uFEFF/, "").trim().replace(/\s+/g, " ").toLowerCase();
  if (normalized === "") return { kind: "blank" };
  for (const { pattern, allowsTail, read } of HEAD_PATTERNS) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const head = read(match);
    if (head === null) continue;
    const tail = normalized.slice(match[0].length);
    const time = allowsTail ? readTail(tail) : tail === "" ? null : void 0;
    if (time === void 0) continue;
    const result = headDay(head, options);
    if (result.kind !== "day" || time === null) return result;
    if (Number.isNaN(time.milliseconds)) return { kind: "invalid", reason: "impossible_date" };
    return withTime(result.day, time, zoneOffset);
  }
  return { kind: "invalid", reason: "not_a_date" };
}

// src/core/dates/parseDay.ts
function compactDateNumber(value) {
  if (!Number.isInteger(value)) return null;
  if (value >= 19000101 && value <= 22001231) {
    const year = Math.floor(value / 1e4);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return isValidCivilDate(year, month, day) ? { kind: "day", day: dayFromCivil(year, month, day), precision: "day" } : { kind: "invalid", reason: "impossible_date" };
  }
  if (value >= 190001 && value <= 220012) {
    const year = Math.floor(value / 100);
    const month = value % 100;
    if (month >= 1 && month <= 12 && isPlausibleYear(year)) {
      return plausibleDay(dayFromCivil(year, month, 1), "month");
    }
  }
  return null;
}
function parseDay(value, zoneOffset, options = {}) {
  if (value === null || value === void 0) return { kind: "blank" };
  if (isDateObject(value)) return dateObjectToDay(value, zoneOffset);
  if (typeof value === "number") return compactDateNumber(value) ?? serialToDay(value);
  if (typeof value === "string") return parseDateText(value, zoneOffset, options);
  return { kind: "invalid", reason: "not_a_date" };
}
function parseMonth(value, zoneOffset, options = {}) {
  const result = parseDay(value, zoneOffset, options);
  if (result.kind !== "day") return result;
  const { year, month } = civilFromDay(result.day);
  return { kind: "month", month: dayToMonth(result.day), firstDay: dayFromCivil(year, month, 1) };
}

// src/core/numbers/parseNumber.ts
var BLANK = { kind: "blank" };
var NOT_A_NUMBER = { kind: "invalid", reason: "not_a_number" };
var OUT_OF_RANGE = { kind: "invalid", reason: "out_of_range" };
var BLANK_TOKENS = ["-", "--", "\u2014", "\u2015", "\u2013", "n/a", "(not set)"];
var BIG_UNIT_EXPONENT = { \u5146: 12, \u5104: 8, \u4E07: 4 };
var SMALL_UNIT_EXPONENT = { \u5343: 3, \u767E: 2 };
var DECIMAL = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^\.\d+$/;
var SCIENTIFIC = /^(?:\d+(?:\.\d+)?|\.\d+)[eE][+-]?\d+$/;
var SIMPLE = /^-?\d+(?:\.\d+)?$/;
var NEGATIVE_SIGNS = ["-", "\u2212", "\u25B2", "\u25B3"];
var LAYOUT = /^([-+−▲△]?)\s*(¥|\$|\\|JPY(?=[\s\d.]))?\s*([-+−▲△]?)\s*(.*?)\s*(%|円|JPY)?$/i;
var UNIT_TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([兆億万千百])/y;
function parseNumber(value) {
  switch (typeof value) {
    case "number":
      return numberResult(value);
    case "string":
      return parseNumberText(value);
    case "boolean":
      return { kind: "invalid", reason: "boolean" };
    case "undefined":
      return BLANK;
    default:
      if (value === null) return BLANK;
      if (Object.prototype.toString.call(value) === "[object Date]") return { kind: "invalid", reason: "date" };
      return { kind: "invalid", reason: "unsupported_type" };
  }
}
function numberResult(value) {
  if (Number.isNaN(value)) return NOT_A_NUMBER;
  if (!Number.isFinite(value)) return OUT_OF_RANGE;
  return { kind: "number", value: value === 0 ? 0 : value };
}
function parseNumberText(raw) {
  const trimmed = raw.trim();
  if (trimmed === "") return BLANK;
  if (SIMPLE.test(trimmed)) return numberResult(Number(trimmed));
  const text = foldWidth(trimmed).trim();
  if (text === "" || BLANK_TOKENS.includes(text.toLowerCase())) return BLANK;
  let negative = false;
  let inner = text;
  if (inner.startsWith("(") && inner.endsWith(")")) {
    negative = true;
    inner = inner.slice(1, -1).trim();
  }
  const layout = LAYOUT.exec(inner);
  if (layout === null) return NOT_A_NUMBER;
  const [, signBefore = "", currency = "", signAfter = "", body = "", suffix = ""] = layout;
  const sign = signBefore + signAfter;
  if (sign.length > 1 || negative && sign !== "") return NOT_A_NUMBER;
  negative = negative || NEGATIVE_SIGNS.includes(sign);
  const suffixIsPercent = suffix === "%";
  const hasCurrency = currency !== "" || suffix !== "" && !suffixIsPercent;
  if (currency !== "" && suffix !== "") return NOT_A_NUMBER;
  let magnitude;
  if (hasCurrency && body === "" && NEGATIVE_SIGNS.includes(sign)) {
    magnitude = 0;
    negative = false;
  } else if (DECIMAL.test(body)) {
    magnitude = scaleDecimal(body, suffixIsPercent ? -2 : 0);
  } else if (suffixIsPercent) {
    magnitude = null;
  } else if (SCIENTIFIC.test(body)) {
    magnitude = Number(body);
  } else {
    magnitude = parseUnitNumber(body);
  }
  if (magnitude === null) return NOT_A_NUMBER;
  return numberResult(negative ? -magnitude : magnitude);
}
function foldWidth(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/\uffe5/g, "\xA5").replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ").replace(/[\u200b\ufeff]/g, "");
}
function scaleDecimal(decimal, exponent) {
  const digits = decimal.replace(/,/g, "");
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}
function parseUnitNumber(body) {
  const tokens = tokenizeUnits(body);
  if (tokens === null || tokens.length === 0) return null;
  let total = 0;
  let previousBig = Infinity;
  let group = [];
  let previousSmall = Infinity;
  let pending = null;
  const closeGroup = (bigExponent) => {
    if (pending !== null) {
      if (group.length > 0 && Number(pending.replace(/,/g, "")) >= 10 ** previousSmall) return false;
      group.push({ decimal: pending, exponent: 0 });
      pending = null;
    }
    if (group.length === 0 || bigExponent >= previousBig) return false;
    const value = group.reduce((sum, term) => sum + scaleDecimal(term.decimal, term.exponent + bigExponent), 0);
    if (previousBig !== Infinity && value >= 10 ** previousBig) return false;
    total += value;
    previousBig = bigExponent;
    group = [];
    previousSmall = Infinity;
    return true;
  };
  for (const token of tokens) {
    if (token.kind === "digits") {
      if (pending !== null) return null;
      pending = token.text;
      continue;
    }
    const small = SMALL_UNIT_EXPONENT[token.text];
    if (small !== void 0) {
      if (pending === null || small >= previousSmall) return null;
      if (group.length > 0 && Number(pending.replace(/,/g, "")) >= 10 ** (previousSmall - small)) return null;
      group.push({ decimal: pending, exponent: small });
      pending = null;
      previousSmall = small;
    } else if (!closeGroup(BIG_UNIT_EXPONENT[token.text] ?? 0)) {
      return null;
    }
  }
  if ((pending !== null || group.length > 0) && !closeGroup(0)) return null;
  return tokens.some((t) => t.kind === "unit") ? total : null;
}
function tokenizeUnits(body) {
  const tokens = [];
  UNIT_TOKEN.lastIndex = 0;
  while (UNIT_TOKEN.lastIndex < body.length) {
    const match = UNIT_TOKEN.exec(body);
    if (match === null) return null;
    tokens.push(match[1] !== void 0 ? { kind: "digits", text: match[1] } : { kind: "unit", text: match[0] });
  }
  return tokens;
}
var INVALID_NUMBER_TEXT = {
  not_a_number: {
    ja: { problem: "\u6570\u5024\u3068\u3057\u3066\u8AAD\u3081\u307E\u305B\u3093", fix: "\u6570\u5024\uFF08\u4F8B: 1200\u3001\xA51,200\u300112%\u30011.2\u4E07\uFF09\u3092\u5165\u308C\u308B\u304B\u3001\u7A7A\u6B04\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002" },
    en: { problem: "is not a number", fix: "Enter a number (e.g. 1200, \xA51,200, 12%, 1.2\u4E07) or leave the cell blank." }
  },
  boolean: {
    ja: { problem: "\u8AD6\u7406\u5024\uFF08TRUE/FALSE\uFF09\u3067\u3001\u6570\u5024\u3067\u306F\u3042\u308A\u307E\u305B\u3093", fix: "\u30C1\u30A7\u30C3\u30AF\u30DC\u30C3\u30AF\u30B9\u3084 TRUE/FALSE \u3067\u306F\u306A\u304F\u3001\u4EF6\u6570\u3084\u91D1\u984D\u3092\u5165\u308C\u3066\u304F\u3060\u3055\u3044\u3002" },
    en: { problem: "is TRUE/FALSE, not a number", fix: "Use a count or an amount, not a checkbox or TRUE/FALSE." }
  },
  date: {
    ja: { problem: "\u65E5\u4ED8\u306B\u306A\u3063\u3066\u3044\u3066\u3001\u6570\u5024\u3068\u3057\u3066\u4F7F\u3048\u307E\u305B\u3093", fix: "\u6570\u5024\u3092\u5165\u308C\u308B\u304B\u3001\u30BB\u30EB\u306E\u8868\u793A\u5F62\u5F0F\u3092\u300C\u6570\u5024\u300D\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002" },
    en: { problem: "is a date, not a number", fix: "Enter a number, or set the cell format to Number." }
  },
  out_of_range: {
    ja: { problem: "\u5927\u304D\u3059\u304E\u3066\u8A08\u7B97\u306B\u4F7F\u3048\u307E\u305B\u3093", fix: "\u5024\u304C\u6B63\u3057\u3044\u304B\u78BA\u8A8D\u3057\u3066\u304F\u3060\u3055\u3044\u3002" },
    en: { problem: "is too large to calculate with", fix: "Check that the value is right." }
  },
  unsupported_type: {
    ja: { problem: "\u6570\u5024\u3068\u3057\u3066\u6271\u3048\u306A\u3044\u7A2E\u985E\u306E\u5024\u3067\u3059", fix: "\u6570\u5024\u3092\u5165\u308C\u308B\u304B\u3001\u7A7A\u6B04\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002" },
    en: { problem: "is not a value that can be read as a number", fix: "Enter a number or leave the cell blank." }
  }
};
function invalidNumberText(reason, language) {
  return INVALID_NUMBER_TEXT[reason][language];
}

// src/core/parse/duration.ts
var CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;
var UNITS = /^(?:(\d+(?:\.\d+)?)\s*(?:時間|h|hr|hrs|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分|m|min|mins|minutes?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec|secs|seconds?))?$/;
var MAX_DURATION_DAYS = 31;
function fromDateObject(value, zoneOffset) {
  const milliseconds = dateObjectMilliseconds(value);
  if (!Number.isFinite(milliseconds)) return { kind: "invalid" };
  const local = milliseconds + zoneOffset(milliseconds) * 6e4 - SERIAL_EPOCH_DAY * MILLISECONDS_PER_DAY;
  if (local < 0 || local > MAX_DURATION_DAYS * MILLISECONDS_PER_DAY) return { kind: "invalid" };
  return { kind: "seconds", value: Math.round(local / 10) / 100 };
}
function fromText(text) {
  const normalized = text.normalize("NFKC").trim().toLowerCase();
  const clock = CLOCK.exec(normalized);
  if (clock) {
    const hours = Number(clock[1] ?? "0");
    const minutes = Number(clock[2]);
    const seconds = Number(clock[3]);
    if (minutes > 59 && clock[1] !== void 0) return { kind: "invalid" };
    if (seconds >= 60) return { kind: "invalid" };
    return { kind: "seconds", value: hours * 3600 + minutes * 60 + seconds };
  }
  const units = UNITS.exec(normalized);
  if (units && (units[1] !== void 0 || units[2] !== void 0 || units[3] !== void 0)) {
    const value = Number(units[1] ?? "0") * 3600 + Number(units[2] ?? "0") * 60 + Number(units[3] ?? "0");
    return { kind: "seconds", value };
  }
  const plain = parseNumber(text);
  if (plain.kind === "number") return plain.value < 0 ? { kind: "invalid" } : { kind: "seconds", value: plain.value };
  return plain.kind === "blank" ? { kind: "blank" } : { kind: "invalid" };
}
function parseDurationSeconds(value, zoneOffset) {
  if (isDateObject(value)) return fromDateObject(value, zoneOffset);
  if (typeof value === "string") return fromText(value);
  const number = parseNumber(value);
  if (number.kind === "number") return number.value < 0 ? { kind: "invalid" } : { kind: "seconds", value: number.value };
  return number.kind === "blank" ? { kind: "blank" } : { kind: "invalid" };
}

// src/core/parse/flags.ts
var YES_WORDS = [
  "1",
  "1.0",
  "true",
  "yes",
  "y",
  "ok",
  "done",
  "\u306F\u3044",
  "\u6E08",
  "\u6E08\u307F",
  "\u5B8C\u4E86",
  "\u6709",
  "\u6709\u308A",
  "\u3042\u308A",
  "\u5BFE\u8C61",
  "\u25CB",
  "\u25EF",
  "\u3007",
  "\u25CF",
  "\u2713",
  "\u2714",
  "\u2611",
  "\u2705"
];
var NO_WORDS = [
  "0",
  "0.0",
  "false",
  "no",
  "n",
  "\u3044\u3044\u3048",
  "\u7121",
  "\u7121\u3057",
  "\u306A\u3057",
  "\u672A",
  "\u672A\u6E08",
  "\u5BFE\u8C61\u5916",
  "\xD7",
  "\u2715",
  "\u2716",
  "\u2717",
  "\u2610",
  "-",
  "--",
  "\u2015",
  "\u2014",
  "\u2013"
];
function flagKey(text) {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
var YES = new Set(YES_WORDS.map(flagKey));
var NO = new Set(NO_WORDS.map(flagKey));
var WORD_CACHE = /* @__PURE__ */ new Map();
var WORD_CACHE_LIMIT = 2e3;
function flagWord(text) {
  const cached = WORD_CACHE.get(text);
  if (cached !== void 0) return cached;
  const key = flagKey(text);
  const word = key === "" || NO.has(key) ? "no" : YES.has(key) ? "yes" : null;
  if (WORD_CACHE.size < WORD_CACHE_LIMIT) WORD_CACHE.set(text, word);
  return word;
}
function parseFlag(value, zoneOffset) {
  if (value === null || value === void 0) return { kind: "no" };
  if (typeof value === "boolean") return value ? { kind: "yes", day: null } : { kind: "no" };
  if (typeof value === "number") {
    if (value === 1) return { kind: "yes", day: null };
    if (value === 0) return { kind: "no" };
    return { kind: "unknown" };
  }
  if (isDateObject(value)) {
    const date2 = parseDay(value, zoneOffset);
    return date2.kind === "day" ? { kind: "yes", day: date2.day } : { kind: "unknown" };
  }
  if (typeof value !== "string") return { kind: "unknown" };
  if (value.trim() === "") return { kind: "no" };
  const word = flagWord(value);
  if (word === "no") return { kind: "no" };
  if (word === "yes") return { kind: "yes", day: null };
  const date = parseDay(value, zoneOffset);
  return date.kind === "day" ? { kind: "yes", day: date.day } : { kind: "unknown" };
}
function isFlagWord(value) {
  if (typeof value === "boolean") return true;
  if (typeof value !== "string") return false;
  return flagWord(value) !== null;
}

// src/core/parse/rowFields.ts
function cellText(value) {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return null;
}
function createRowFields(context) {
  const { mapping, zoneOffset, language, log, tab } = context;
  let row = [];
  let rowNumber = 0;
  let place = { tab, row: 0 };
  let skipped = false;
  const dayOptions = {};
  for (const [field, order] of Object.entries(context.slashOrders)) dayOptions[field] = { slashOrder: order };
  const label = (field) => fieldLabel(field, language);
  const column = (field) => mapping.columns[field];
  const cell = (field) => {
    const index = column(field);
    return index === void 0 ? void 0 : row[index];
  };
  const report = (field, code, message) => {
    log.row({ tab, row: rowNumber, field, code, message }, label(field));
  };
  const day = (field) => parseDay(cell(field), zoneOffset, dayOptions[field]);
  const failRequired = (field) => {
    skipped = true;
    report(field, "missing_required", missingRequiredMessage(place, label(field), language));
    return null;
  };
  const readDay = (field, required) => {
    if (column(field) === void 0) return null;
    const result = day(field);
    if (result.kind === "day") return result.day;
    if (result.kind === "blank") return required ? failRequired(field) : null;
    const outcome = required ? "row_skipped" : "value_blank";
    if (required) skipped = true;
    report(field, "unparseable_date", unreadableDateMessage(place, label(field), cell(field), result.reason, outcome, language));
    return null;
  };
  const readNumberValue = (value, field, displayLabel, category, required) => {
    const result = parseNumber(value);
    const outcome = required ? "row_skipped" : "value_blank";
    const warn = (code, message) => log.row({ tab, row: rowNumber, field, code, message }, displayLabel);
    if (result.kind === "blank") {
      if (!required) return null;
      skipped = true;
      warn("missing_required", missingRequiredMessage(place, displayLabel, language));
      return null;
    }
    if (result.kind === "invalid") {
      if (required) skipped = true;
      const text = invalidNumberText(result.reason, language);
      warn("unparseable_number", unreadableNumberMessage(place, displayLabel, value, text.problem, text.fix, outcome, language));
      return null;
    }
    if (result.value >= 0 || category === "signed") return result.value;
    if (category === "money") {
      warn("negative_value", negativeValueMessage(place, displayLabel, value, "value_kept", language));
      return result.value;
    }
    if (required) skipped = true;
    warn("negative_value", negativeValueMessage(place, displayLabel, value, outcome, language));
    return null;
  };
  const readNumber = (field, category, required) => column(field) === void 0 ? null : readNumberValue(cell(field), field, label(field), category, required);
  const fields = {
    get skipped() {
      return skipped;
    },
    get place() {
      return place;
    },
    has: (field) => column(field) !== void 0,
    cell,
    text: (field) => cellText(cell(field)),
    emailKey: (field) => {
      const text = cellText(cell(field));
      return text === null ? null : normalizeEmail(text);
    },
    requiredDay: (field) => readDay(field, true),
    optionalDay: (field) => readDay(field, false),
    requiredNumber: (field, category) => readNumber(field, category, true),
    optionalNumber: (field, category) => readNumber(field, category, false),
    tryNumber: (field, category) => {
      if (column(field) === void 0) return { value: null, blank: true };
      const result = parseNumber(cell(field));
      if (result.kind === "blank") return { value: null, blank: true };
      return { value: readNumber(field, category, false), blank: false };
    },
    optionalRate: (field) => {
      const value = readNumber(field, "signed", false);
      if (value === null) return null;
      if (value >= 0 && value <= 1) return value;
      const raw = cell(field);
      const writtenAsPercent = typeof raw === "string" && /[%％]/.test(raw);
      if (!writtenAsPercent && value > 1 && value <= 100) return value / 100;
      report(field, "unparseable_number", rateOutOfRangeMessage(place, label(field), cell(field), language));
      return null;
    },
    optionalSeconds: (field) => {
      if (column(field) === void 0) return null;
      const result = parseDurationSeconds(cell(field), zoneOffset);
      if (result.kind === "seconds") return result.value;
      if (result.kind === "invalid") {
        report(field, "unparseable_number", unreadableDurationMessage(place, label(field), cell(field), language));
      }
      return null;
    },
    stageEvidence: (dateField, flagField) => {
      let date = null;
      let flagged = false;
      if (column(dateField) !== void 0) {
        const value = cell(dateField);
        const result = day(dateField);
        if (result.kind === "day") date = result.day;
        else if (result.kind === "invalid") {
          if (isFlagWord(value)) flagged = parseFlag(value, zoneOffset).kind === "yes";
          else report(dateField, "unparseable_date", unreadableDateMessage(place, label(dateField), value, result.reason, "value_blank", language));
        }
      }
      if (column(flagField) !== void 0) {
        const value = cell(flagField);
        const result = parseFlag(value, zoneOffset);
        if (result.kind === "yes") {
          if (result.day !== null && date === null) date = result.day;
          flagged = true;
        } else if (result.kind === "unknown") {
          log.unrecognised(tab, flagField, label(flagField), "flag", cellText(value) ?? String(value));
        }
      }
      return { date, flag: date === null && flagged };
    },
    flag: (field) => {
      if (column(field) === void 0) return false;
      const value = cell(field);
      const result = parseFlag(value, zoneOffset);
      if (result.kind === "unknown") log.unrecognised(tab, field, label(field), "flag", cellText(value) ?? String(value));
      return result.kind === "yes";
    },
    requiredMonth: (field) => {
      if (column(field) === void 0) return null;
      const result = parseMonth(cell(field), zoneOffset, dayOptions[field]);
      if (result.kind === "month") return result.month;
      if (result.kind === "blank") return failRequired(field);
      skipped = true;
      report(field, "unparseable_date", unreadableDateMessage(place, label(field), cell(field), result.reason, "row_skipped", language));
      return null;
    },
    optionalNumberAt: (index, field, displayLabel, category) => readNumberValue(row[index], field, displayLabel, category, false),
    skipWith: (field, code, message) => {
      skipped = true;
      log.row({ tab, row: rowNumber, field, code, message }, label(field));
    },
    language
  };
  return {
    at(nextRow, nextRowNumber) {
      row = nextRow;
      rowNumber = nextRowNumber;
      place = { tab, row: nextRowNumber };
      skipped = false;
      return fields;
    }
  };
}

// src/core/parse/slashOrder.ts
var SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}(?:\D|$)/;
function decideSlashOrder(values, headerRow, column) {
  let dayFirstEvidence = false;
  let monthFirstEvidence = false;
  let ambiguous = false;
  for (let index = headerRow + 1; index < values.length; index += 1) {
    const cell = values[index]?.[column];
    if (typeof cell !== "string") continue;
    const match = SLASH_DATE.exec(cell.normalize("NFKC"));
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12) dayFirstEvidence = true;
    else if (second > 12) monthFirstEvidence = true;
    else if (first !== second) ambiguous = true;
  }
  if (dayFirstEvidence && monthFirstEvidence) return { order: void 0, assumed: false };
  if (dayFirstEvidence) return { order: "dmy", assumed: false };
  if (monthFirstEvidence) return { order: "mdy", assumed: false };
  return ambiguous ? { order: "mdy", assumed: true } : { order: void 0, assumed: false };
}

// src/core/parse/warningLog.ts
var ROW_WARNINGS_PER_COLUMN = 20;
var UNRECOGNISED_EXAMPLES = 3;
function createWarningLog(language) {
  const warnings = [];
  const rowCounts = /* @__PURE__ */ new Map();
  const overflows = /* @__PURE__ */ new Map();
  const unrecognised = /* @__PURE__ */ new Map();
  return {
    warnings,
    row(warning, fieldLabel2) {
      const key = `${warning.tab}\0${warning.field}\0${warning.code}`;
      const count = (rowCounts.get(key) ?? 0) + 1;
      rowCounts.set(key, count);
      if (count <= ROW_WARNINGS_PER_COLUMN) {
        warnings.push(warning);
        return;
      }
      const overflow = overflows.get(key);
      if (overflow) overflow.count += 1;
      else overflows.set(key, { tab: warning.tab, field: warning.field, fieldLabel: fieldLabel2, code: warning.code, count: 1 });
    },
    general(warning) {
      warnings.push(warning);
    },
    unrecognised(tab, field, fieldLabel2, vocabulary, value) {
      const key = `${tab}\0${field}`;
      const entry = unrecognised.get(key) ?? { tab, field, fieldLabel: fieldLabel2, vocabulary, examples: [], rows: 0 };
      entry.rows += 1;
      const example = value.trim();
      if (entry.examples.length < UNRECOGNISED_EXAMPLES && !entry.examples.includes(example)) entry.examples.push(example);
      unrecognised.set(key, entry);
    },
    finishTab(tab) {
      for (const [key, overflow] of overflows) {
        if (overflow.tab !== tab) continue;
        warnings.push({
          tab,
          row: null,
          field: overflow.field,
          code: overflow.code,
          message: moreRowsMessage(tab, overflow.fieldLabel, overflow.count, language)
        });
        overflows.delete(key);
      }
      for (const [key, entry] of unrecognised) {
        if (entry.tab !== tab) continue;
        warnings.push({
          tab,
          row: null,
          field: entry.field,
          code: "unrecognised_value",
          message: unrecognisedValuesMessage(tab, entry.fieldLabel, entry.vocabulary, entry.examples, entry.rows, language)
        });
        unrecognised.delete(key);
      }
    }
  };
}

// src/core/parse/parseWorkbook.ts
var DATE_FIELDS = [
  "date",
  "created_date",
  "mql_date",
  "sql_date",
  "opportunity_date",
  "won_date",
  "close_date",
  "month"
];
var LABEL_FIELDS = ["date", "created_date", "month", "channel", "campaign", "metric"];
function missingFields(mapping, kind) {
  const has = (field) => mapping.columns[field] !== void 0;
  switch (kind) {
    case "ads":
      return ["date", "cost"].filter((field) => !has(field));
    case "traffic":
      return ["date", "sessions"].filter((field) => !has(field));
    case "leads":
    case "deals":
      return has("created_date") ? [] : ["created_date"];
    case "email":
      return has("delivered") || has("sent") ? [] : ["delivered"];
    case "targets": {
      const wide = mapping.wideMetrics !== void 0 && Object.keys(mapping.wideMetrics).length > 0;
      const required = wide ? ["month"] : ["month", "metric", "target"];
      return required.filter((field) => !has(field));
    }
  }
}
function slashOrders(tab, mapping, log, language) {
  const orders = {};
  for (const field of DATE_FIELDS) {
    const column = mapping.columns[field];
    if (column === void 0) continue;
    const decision = decideSlashOrder(tab.values, mapping.headerRow, column);
    if (decision.order) orders[field] = decision.order;
    if (decision.assumed) {
      log.general({
        tab: tab.name,
        row: null,
        field,
        code: "ambiguous_date_order",
        message: assumedDateOrderMessage(tab.name, fieldLabel(field, language), language)
      });
    }
  }
  return orders;
}
function anchorColumn(mapping, kind) {
  const { columns } = mapping;
  switch (kind) {
    case "ads":
    case "traffic":
      return columns.date;
    case "leads":
    case "deals":
      return columns.created_date;
    case "email":
      return columns.delivered ?? columns.sent;
    case "targets":
      return columns.month;
  }
}
function readTab(tab, mapping, kind, options, log) {
  const context = {
    tab: tab.name,
    mapping,
    zoneOffset: options.zoneOffset,
    language: options.language,
    log,
    slashOrders: slashOrders(tab, mapping, log, options.language)
  };
  const header = tab.values[mapping.headerRow] ?? [];
  const read = createRowReader(kind, context, header);
  const mappedColumns = Object.values(mapping.columns).filter((column) => column !== void 0);
  const labelColumns = LABEL_FIELDS.map((field) => mapping.columns[field]).filter(
    (column) => column !== void 0
  );
  const cursor = createRowFields(context);
  const isRepeatedHeader = createRepeatedHeaderCheck(header, mappedColumns, anchorColumn(mapping, kind));
  const records = [];
  let rowsRead = 0;
  let rowsSkipped = 0;
  for (let index = mapping.headerRow + 1; index < tab.values.length; index += 1) {
    const row = tab.values[index] ?? [];
    if (isBlankRow(row) || isCommentRow(row) || isTotalRow(row, labelColumns)) continue;
    if (isRepeatedHeader(row)) continue;
    const result = read(cursor.at(row, index + 1));
    if (result === null) {
      rowsSkipped += 1;
      continue;
    }
    rowsRead += 1;
    for (const record of result) records.push(record);
  }
  return { records, rowsRead, rowsSkipped };
}
function usableKind(tab, mapping, log, language) {
  const kind = mapping.kind;
  if (kind === null) return null;
  if (!tab) {
    log.general({ tab: mapping.tab, row: null, field: null, code: "unusable_tab", message: missingTabMessage(mapping.tab, language) });
    return null;
  }
  if (mapping.headerRow < 0 || mapping.headerRow >= tab.values.length) {
    log.general({
      tab: tab.name,
      row: mapping.headerRow + 1,
      field: null,
      code: "header_not_found",
      message: headerNotFoundMessage(tab.name, mapping.headerRow + 1, language)
    });
    return null;
  }
  const missing = missingFields(mapping, kind);
  if (missing.length > 0) {
    log.general({
      tab: tab.name,
      row: null,
      field: missing[0] ?? null,
      code: "unusable_tab",
      message: unusableTabMessage(
        tab.name,
        kindLabel(kind, language),
        missing.map((field) => fieldLabel(field, language)),
        language
      )
    });
    return null;
  }
  return kind;
}
function mappedFieldsOf(mapping, kind) {
  const fields = Object.keys(mapping.columns).filter((field) => mapping.columns[field] !== void 0);
  if (kind === "targets" && mapping.wideMetrics && Object.keys(mapping.wideMetrics).length > 0) {
    fields.push("metric", "target");
  }
  return fields.map((field) => `${kind}.${field}`);
}
function parseWorkbook(tabs2, mappings, options) {
  const log = createWarningLog(options.language);
  const tabsByName = /* @__PURE__ */ new Map();
  for (const tab of tabs2) if (!tabsByName.has(tab.name)) tabsByName.set(tab.name, tab);
  const ads2 = [];
  const traffic2 = [];
  const leads2 = [];
  const deals = [];
  const email = [];
  const targets = [];
  const bucket = { ads: ads2, traffic: traffic2, leads: leads2, deals, email, targets };
  const mappedFields = /* @__PURE__ */ new Set();
  const sources = [];
  const seenTabs = /* @__PURE__ */ new Set();
  for (const mapping of mappings) {
    if (seenTabs.has(mapping.tab)) continue;
    seenTabs.add(mapping.tab);
    const tab = tabsByName.get(mapping.tab);
    const kind = usableKind(tab, mapping, log, options.language);
    if (kind === null || !tab) {
      if (tab) sources.push({ tab: tab.name, kind: mapping.kind, rowsRead: 0, rowsSkipped: 0 });
      continue;
    }
    const result = readTab(tab, mapping, kind, options, log);
    const target = bucket[kind];
    for (const record of result.records) target.push(record);
    for (const field of mappedFieldsOf(mapping, kind)) mappedFields.add(field);
    sources.push({ tab: tab.name, kind, rowsRead: result.rowsRead, rowsSkipped: result.rowsSkipped });
    log.finishTab(tab.name);
  }
  return { ads: ads2, traffic: traffic2, leads: leads2, deals, email, targets, mappedFields, sources, warnings: [...log.warnings] };
}

// src/core/model/types.ts
var TAB_KINDS = ["ads", "traffic", "leads", "deals", "email", "targets"];
var FIELDS_BY_KIND = {
  ads: ["date", "cost", "channel", "campaign", "impressions", "clicks", "conversions"],
  traffic: [
    "date",
    "sessions",
    "channel",
    "new_users",
    "engaged_sessions",
    "bounce_rate",
    "avg_engagement_seconds",
    "downloads"
  ],
  leads: [
    "created_date",
    "lead_id",
    "email",
    "company",
    "channel",
    "score",
    "mql_date",
    "mql_flag",
    "sql_date",
    "sql_flag",
    "opportunity_date",
    "opportunity_flag",
    "won_date",
    "won_flag",
    "lost_flag",
    "status",
    "amount"
  ],
  deals: ["created_date", "deal_id", "lead_id", "email", "company", "channel", "stage", "close_date", "amount"],
  email: ["delivered", "sent", "opens", "clicks", "date", "campaign", "segment", "conversions"],
  targets: ["month", "metric", "target"]
};
var REQUIRED_FIELDS = {
  ads: ["date", "cost"],
  traffic: ["date", "sessions"],
  leads: ["created_date"],
  deals: ["created_date"],
  email: [],
  targets: ["month"]
};

// src/core/recognition/aliases.ts
var CRM_CHANNEL = [
  "\u30C1\u30E3\u30CD\u30EB",
  "\u30C1\u30E3\u30CD\u30EB\u540D",
  "\u30C1\u30E3\u30F3\u30CD\u30EB",
  "\u6D41\u5165\u5143",
  "\u6D41\u5165\u7D4C\u8DEF",
  "\u7372\u5F97\u7D4C\u8DEF",
  "\u7372\u5F97\u30C1\u30E3\u30CD\u30EB",
  "\u30EA\u30FC\u30C9\u30BD\u30FC\u30B9",
  "lead source",
  "leadsource",
  "\u5A92\u4F53",
  "\u5A92\u4F53\u540D",
  "\u65BD\u7B56",
  "\u7D4C\u8DEF",
  "\u30BD\u30FC\u30B9",
  "channel",
  "source",
  // HubSpot: the label changed from Original Source to Original Traffic Source
  "\u30AA\u30EA\u30B8\u30CA\u30EB\u30BD\u30FC\u30B9",
  "\u5143\u306E\u30BD\u30FC\u30B9",
  "\u5143\u306E\u30C8\u30E9\u30D5\u30A3\u30C3\u30AF\u30BD\u30FC\u30B9",
  "original source",
  "original traffic source",
  "hs_analytics_source",
  "\u6700\u65B0\u30BD\u30FC\u30B9",
  "\u6700\u65B0\u306E\u30BD\u30FC\u30B9",
  "latest source",
  "latest traffic source",
  "\u53C2\u7167\u5143"
];
var EMAIL = [
  "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",
  "\u30E1\u30FC\u30EB",
  "e\u30E1\u30FC\u30EB",
  "e\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",
  "e-mail",
  "email",
  "email address",
  "mail",
  "mail address",
  "\u30E1\u30A2\u30C9",
  "\u96FB\u5B50\u30E1\u30FC\u30EB"
];
var COMPANY = [
  "\u4F1A\u793E\u540D",
  "\u4F1A\u793E",
  "\u4F01\u696D\u540D",
  "\u4F01\u696D",
  "\u6CD5\u4EBA\u540D",
  "\u7D44\u7E54\u540D",
  "\u793E\u540D",
  "\u53D6\u5F15\u5148\u540D",
  "\u53D6\u5F15\u5148",
  "company",
  "company name",
  "account name",
  "account",
  "organization",
  "organisation",
  "associated company",
  "\u95A2\u9023\u4ED8\u3051\u3089\u308C\u305F\u4F1A\u793E"
];
var FIELD_ALIASES = {
  ads: {
    date: [
      "\u65E5\u4ED8",
      "\u65E5",
      "\u5E74\u6708\u65E5",
      "\u65E5\u5225",
      "\u914D\u4FE1\u65E5",
      "\u5B9F\u65BD\u65E5",
      "\u958B\u50AC\u65E5",
      "\u767A\u751F\u65E5",
      "\u8A08\u4E0A\u65E5",
      "\u652F\u6255\u65E5",
      "date",
      "day",
      "reporting starts",
      "\u30EC\u30DD\u30FC\u30C8\u958B\u59CB\u65E5",
      "\u6708",
      "\u5E74\u6708",
      "\u6708\u5225",
      "\u6BCE\u6708",
      "\u5BFE\u8C61\u6708",
      "\u8A08\u4E0A\u6708",
      "month",
      "\u9031",
      "\u6BCE\u9031",
      "week",
      "\u671F\u9593"
    ],
    cost: [
      "\u8CBB\u7528",
      "\u5E83\u544A\u8CBB",
      "\u5E83\u544A\u8CBB\u7528",
      "\u30B3\u30B9\u30C8",
      "\u5229\u7528\u984D",
      "\u3054\u5229\u7528\u984D",
      "\u3054\u5229\u7528\u91D1\u984D",
      "\u5229\u7528\u91D1\u984D",
      "\u6D88\u5316\u91D1\u984D",
      "\u6D88\u5316\u984D",
      "\u51FA\u7A3F\u8CBB",
      "\u5A92\u4F53\u8CBB",
      "\u652F\u51FA",
      "\u652F\u51FA\u984D",
      "\u652F\u6255\u984D",
      "\u652F\u6255\u91D1\u984D",
      "\u5B9F\u8CBB",
      "\u7D4C\u8CBB",
      "cost",
      "spend",
      "ad spend",
      "amount spent"
    ],
    channel: [
      "\u30C1\u30E3\u30CD\u30EB",
      "\u30C1\u30E3\u30CD\u30EB\u540D",
      "\u30C1\u30E3\u30F3\u30CD\u30EB",
      "\u5A92\u4F53",
      "\u5A92\u4F53\u540D",
      "\u5E83\u544A\u5A92\u4F53",
      "\u6D41\u5165\u5143",
      "\u30E1\u30C7\u30A3\u30A2",
      "\u30D7\u30E9\u30C3\u30C8\u30D5\u30A9\u30FC\u30E0",
      "\u65BD\u7B56",
      "channel",
      "media",
      "platform",
      "source",
      "\u30BD\u30FC\u30B9"
    ],
    campaign: ["\u30AD\u30E3\u30F3\u30DA\u30FC\u30F3", "\u30AD\u30E3\u30F3\u30DA\u30FC\u30F3\u540D", "\u65BD\u7B56\u540D", "campaign", "campaign name"],
    impressions: ["\u8868\u793A\u56DE\u6570", "\u30A4\u30F3\u30D7\u30EC\u30C3\u30B7\u30E7\u30F3\u6570", "\u30A4\u30F3\u30D7\u30EC\u30C3\u30B7\u30E7\u30F3", "\u8868\u793A\u6570", "imp", "imps", "impr", "impressions"],
    clicks: ["\u30AF\u30EA\u30C3\u30AF\u6570", "\u30AF\u30EA\u30C3\u30AF", "clicks", "click", "\u30EA\u30F3\u30AF\u306E\u30AF\u30EA\u30C3\u30AF", "link clicks"],
    conversions: [
      "\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3",
      "\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3\u6570",
      "cv",
      "cv\u6570",
      "\u6210\u679C\u6570",
      "\u7372\u5F97\u6570",
      "conversions",
      "conv",
      "results",
      "\u7D50\u679C",
      "\u3059\u3079\u3066\u306E\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3",
      "all conv"
    ]
  },
  traffic: {
    date: ["\u65E5\u4ED8", "\u65E5", "date", "day", "\u5E74\u6708", "year month", "yearmonth", "\u6708", "month", "\u9031", "week", "\u671F\u9593"],
    sessions: ["\u30BB\u30C3\u30B7\u30E7\u30F3", "\u30BB\u30C3\u30B7\u30E7\u30F3\u6570", "sessions", "\u8A2A\u554F\u6570", "visits"],
    channel: [
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u306E\u30C7\u30D5\u30A9\u30EB\u30C8 \u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7",
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u306E\u30E1\u30A4\u30F3\u306E\u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7(\u30C7\u30D5\u30A9\u30EB\u30C8 \u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7)",
      "session default channel group",
      "session primary channel group (default channel group)",
      "sessiondefaultchannelgroup",
      "\u30C7\u30D5\u30A9\u30EB\u30C8 \u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7",
      "default channel group",
      "\u30E6\u30FC\u30B6\u30FC\u306E\u6700\u521D\u306E\u30E1\u30A4\u30F3\u306E\u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7(\u30C7\u30D5\u30A9\u30EB\u30C8 \u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7)",
      "\u30E6\u30FC\u30B6\u30FC\u306E\u6700\u521D\u306E\u30C7\u30D5\u30A9\u30EB\u30C8 \u30C1\u30E3\u30CD\u30EB \u30B0\u30EB\u30FC\u30D7",
      "first user default channel group",
      "first user primary channel group (default channel group)",
      "firstuserdefaultchannelgroup",
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u306E\u53C2\u7167\u5143 / \u30E1\u30C7\u30A3\u30A2",
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u53C2\u7167\u5143\u307E\u305F\u306F\u30E1\u30C7\u30A3\u30A2",
      "session source / medium",
      "sessionsourcemedium",
      "\u53C2\u7167\u5143 / \u30E1\u30C7\u30A3\u30A2",
      "source / medium",
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u306E\u53C2\u7167\u5143",
      "session source",
      "\u30C1\u30E3\u30CD\u30EB",
      "\u30C1\u30E3\u30CD\u30EB\u540D",
      "\u30C1\u30E3\u30F3\u30CD\u30EB",
      "\u6D41\u5165\u5143",
      "\u5A92\u4F53",
      "channel",
      "source",
      "medium"
    ],
    new_users: ["\u65B0\u898F\u30E6\u30FC\u30B6\u30FC\u6570", "\u65B0\u898F\u30E6\u30FC\u30B6\u30FC", "new users", "newusers", "\u65B0\u898F\u8A2A\u554F\u8005\u6570"],
    engaged_sessions: [
      "\u30A8\u30F3\u30B2\u30FC\u30B8\u306E\u3042\u3063\u305F\u30BB\u30C3\u30B7\u30E7\u30F3\u6570",
      "\u30A8\u30F3\u30B2\u30FC\u30B8\u30E1\u30F3\u30C8\u306E\u3042\u3063\u305F\u30BB\u30C3\u30B7\u30E7\u30F3\u6570",
      "engaged sessions",
      "engagedsessions"
    ],
    bounce_rate: ["\u76F4\u5E30\u7387", "bounce rate", "bouncerate"],
    avg_engagement_seconds: [
      "\u5E73\u5747\u30A8\u30F3\u30B2\u30FC\u30B8\u30E1\u30F3\u30C8\u6642\u9593",
      "\u30BB\u30C3\u30B7\u30E7\u30F3\u3042\u305F\u308A\u306E\u5E73\u5747\u30A8\u30F3\u30B2\u30FC\u30B8\u30E1\u30F3\u30C8\u6642\u9593",
      "average engagement time",
      "average engagement time per session",
      "avg engagement time",
      "\u5E73\u5747\u30BB\u30C3\u30B7\u30E7\u30F3\u7D99\u7D9A\u6642\u9593",
      "avg session duration",
      "average session duration",
      "averagesessionduration",
      "\u5E73\u5747\u6EDE\u5728\u6642\u9593",
      "\u6EDE\u5728\u6642\u9593",
      "\u30A2\u30AF\u30C6\u30A3\u30D6 \u30E6\u30FC\u30B6\u30FC\u3042\u305F\u308A\u306E\u5E73\u5747\u30A8\u30F3\u30B2\u30FC\u30B8\u30E1\u30F3\u30C8\u6642\u9593",
      "average engagement time per active user"
    ],
    downloads: [
      "\u8CC7\u6599\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\u6570",
      "\u8CC7\u6599\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9",
      "\u8CC7\u6599dl\u6570",
      "\u8CC7\u6599dl",
      "\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\u6570",
      "dl\u6570",
      "downloads",
      "file downloads",
      "\u8CC7\u6599\u8ACB\u6C42\u6570",
      "\u8CC7\u6599\u8ACB\u6C42"
    ]
  },
  leads: {
    created_date: [
      "\u4F5C\u6210\u65E5",
      "\u4F5C\u6210\u65E5\u6642",
      "\u767B\u9332\u65E5",
      "\u767B\u9332\u65E5\u6642",
      "\u7372\u5F97\u65E5",
      "\u7372\u5F97\u65E5\u6642",
      "\u30EA\u30FC\u30C9\u7372\u5F97\u65E5",
      "\u30EA\u30FC\u30C9\u4F5C\u6210\u65E5",
      "\u53D6\u5F97\u65E5",
      "\u6D41\u5165\u65E5",
      "\u554F\u3044\u5408\u308F\u305B\u65E5",
      "\u304A\u554F\u3044\u5408\u308F\u305B\u65E5",
      "\u554F\u5408\u305B\u65E5",
      "\u7533\u8FBC\u65E5",
      "\u7533\u3057\u8FBC\u307F\u65E5",
      "\u53D7\u4ED8\u65E5",
      "\u540D\u523A\u4EA4\u63DB\u65E5",
      "create date",
      "created date",
      "createdate",
      "created",
      "created at",
      "createdat",
      "date created",
      "createddate",
      "lead created date",
      "\u65E5\u4ED8",
      "date"
    ],
    lead_id: [
      "\u30EA\u30FC\u30C9id",
      "\u30EA\u30FC\u30C9 id",
      "\u30B3\u30F3\u30BF\u30AF\u30C8id",
      "\u30EC\u30B3\u30FC\u30C9id",
      "\u9867\u5BA2id",
      "\u9867\u5BA2\u756A\u53F7",
      "\u7BA1\u7406\u756A\u53F7",
      "\u30D7\u30ED\u30B9\u30DA\u30AF\u30C8id",
      "lead id",
      "leadid",
      "contact id",
      "contactid",
      "record id",
      "prospect id",
      "hs_object_id",
      "vid",
      "id"
    ],
    email: EMAIL,
    company: COMPANY,
    channel: CRM_CHANNEL,
    score: [
      "\u30B9\u30B3\u30A2",
      "\u30EA\u30FC\u30C9\u30B9\u30B3\u30A2",
      "hubspot\u30B9\u30B3\u30A2",
      "\u30C8\u30FC\u30BF\u30EB\u30B9\u30B3\u30A2",
      "\u30B9\u30B3\u30A2\u30EA\u30F3\u30B0",
      "score",
      "lead score",
      "hubspot score",
      "hubspotscore",
      "prospect score"
    ],
    mql_date: ["mql\u65E5", "mql\u5316\u65E5", "mql\u65E5\u4ED8", "mql\u5316\u65E5\u6642", "mql\u65E5\u6642", "mql date", "mql_date", "mql\u9054\u6210\u65E5"],
    mql_flag: ["mql", "mql\u5316", "mql\u30D5\u30E9\u30B0", "mql flag", "is mql"],
    sql_date: ["sql\u65E5", "sql\u5316\u65E5", "sql\u65E5\u4ED8", "sql\u5316\u65E5\u6642", "sql\u65E5\u6642", "sql date", "sql_date"],
    sql_flag: ["sql", "sql\u5316", "sql\u30D5\u30E9\u30B0", "sql flag", "is sql"],
    opportunity_date: [
      "\u5546\u8AC7\u65E5",
      "\u5546\u8AC7\u5316\u65E5",
      "\u5546\u8AC7\u4F5C\u6210\u65E5",
      "\u5546\u8AC7\u958B\u59CB\u65E5",
      "\u521D\u56DE\u5546\u8AC7\u65E5",
      "\u5546\u8AC7\u5316\u65E5\u6642",
      "opportunity date",
      "opportunity_date",
      "\u53D6\u5F15\u958B\u59CB\u65E5",
      "converteddate",
      "converted date"
    ],
    opportunity_flag: [
      "\u5546\u8AC7\u5316",
      "\u5546\u8AC7",
      "\u5546\u8AC7\u6709\u7121",
      "\u5546\u8AC7\u30D5\u30E9\u30B0",
      "\u5546\u8AC7\u5316\u30D5\u30E9\u30B0",
      "opportunity",
      "opportunity flag",
      "\u53D6\u5F15\u958B\u59CB\u6E08\u307F",
      "isconverted",
      "converted"
    ],
    won_date: [
      "\u53D7\u6CE8\u65E5",
      "\u6210\u7D04\u65E5",
      "\u5951\u7D04\u65E5",
      "\u53D7\u6CE8\u65E5\u6642",
      "\u6210\u7D04\u65E5\u6642",
      "won date",
      "won_date",
      "close date",
      "closedate",
      "\u30AF\u30ED\u30FC\u30BA\u65E5"
    ],
    won_flag: ["\u53D7\u6CE8", "\u53D7\u6CE8\u30D5\u30E9\u30B0", "\u53D7\u6CE8\u6709\u7121", "\u6210\u7D04", "\u6210\u7D04\u30D5\u30E9\u30B0", "won", "won flag", "is won", "iswon"],
    lost_flag: ["\u5931\u6CE8", "\u5931\u6CE8\u30D5\u30E9\u30B0", "lost", "lost flag", "is lost", "islost"],
    status: [
      "\u30E9\u30A4\u30D5\u30B5\u30A4\u30AF\u30EB\u30B9\u30C6\u30FC\u30B8",
      "lifecycle stage",
      "lifecyclestage",
      "\u30B9\u30C6\u30FC\u30BF\u30B9",
      "\u72B6\u6CC1",
      "\u72B6\u614B",
      "\u30EA\u30FC\u30C9\u72B6\u6CC1",
      "\u30EA\u30FC\u30C9\u30B9\u30C6\u30FC\u30BF\u30B9",
      "status",
      "lead status",
      "hs_lead_status",
      "\u30B9\u30C6\u30FC\u30B8",
      "stage",
      "\u30D5\u30A7\u30FC\u30BA"
    ],
    amount: [
      "\u91D1\u984D",
      "\u53D7\u6CE8\u91D1\u984D",
      "\u53D7\u6CE8\u984D",
      "\u6210\u7D04\u91D1\u984D",
      "\u5951\u7D04\u91D1\u984D",
      "\u58F2\u4E0A",
      "\u58F2\u4E0A\u91D1\u984D",
      "\u58F2\u4E0A\u9AD8",
      "amount",
      "revenue",
      "deal amount",
      "total revenue",
      "\u7DCF\u58F2\u4E0A"
    ]
  },
  deals: {
    created_date: [
      "\u4F5C\u6210\u65E5",
      "\u4F5C\u6210\u65E5\u6642",
      "\u5546\u8AC7\u4F5C\u6210\u65E5",
      "\u5546\u8AC7\u65E5",
      "\u5546\u8AC7\u958B\u59CB\u65E5",
      "\u5546\u8AC7\u5316\u65E5",
      "\u53D6\u5F15\u4F5C\u6210\u65E5",
      "\u767B\u9332\u65E5",
      "\u8D77\u7968\u65E5",
      "\u767A\u751F\u65E5",
      "create date",
      "created date",
      "createdate",
      "createddate",
      "created",
      "created at",
      "date created",
      "\u65E5\u4ED8",
      "date"
    ],
    deal_id: [
      "\u5546\u8AC7id",
      "\u53D6\u5F15id",
      "\u6848\u4EF6id",
      "\u5546\u8AC7\u756A\u53F7",
      "\u6848\u4EF6\u756A\u53F7",
      "\u7BA1\u7406\u756A\u53F7",
      "deal id",
      "dealid",
      "opportunity id",
      "opportunityid",
      "record id",
      "\u30EC\u30B3\u30FC\u30C9id",
      "hs_object_id",
      "id"
    ],
    lead_id: [
      "\u30EA\u30FC\u30C9id",
      "lead id",
      "leadid",
      "\u30B3\u30F3\u30BF\u30AF\u30C8id",
      "contact id",
      "contactid",
      "associated contact id",
      "associated contact ids",
      "contact record id"
    ],
    email: EMAIL,
    company: COMPANY,
    channel: CRM_CHANNEL,
    stage: [
      "\u53D6\u5F15\u30B9\u30C6\u30FC\u30B8",
      "deal stage",
      "dealstage",
      "\u5546\u8AC7\u30D5\u30A7\u30FC\u30BA",
      "\u5546\u8AC7\u30B9\u30C6\u30FC\u30B8",
      "\u30D5\u30A7\u30FC\u30BA",
      "\u30B9\u30C6\u30FC\u30B8",
      "stage",
      "stagename",
      "stage name",
      "\u30B9\u30C6\u30FC\u30BF\u30B9",
      "status",
      "\u72B6\u6CC1",
      "\u7D50\u679C",
      "result"
    ],
    close_date: [
      "\u30AF\u30ED\u30FC\u30BA\u65E5",
      "\u5B8C\u4E86\u4E88\u5B9A\u65E5",
      "\u5B8C\u4E86\u65E5",
      "\u53D7\u6CE8\u65E5",
      "\u6210\u7D04\u65E5",
      "\u5951\u7D04\u65E5",
      "\u30AF\u30ED\u30FC\u30BA\u4E88\u5B9A\u65E5",
      "\u53D7\u6CE8\u4E88\u5B9A\u65E5",
      "close date",
      "closedate",
      "closed date",
      "won date",
      "\u5931\u6CE8\u65E5"
    ],
    amount: [
      "\u91D1\u984D",
      "\u53D7\u6CE8\u91D1\u984D",
      "\u5546\u8AC7\u91D1\u984D",
      "\u53D6\u5F15\u91D1\u984D",
      "\u5951\u7D04\u91D1\u984D",
      "\u53D7\u6CE8\u984D",
      "\u58F2\u4E0A",
      "\u58F2\u4E0A\u91D1\u984D",
      "amount",
      "deal amount",
      "amount in company currency",
      "\u91D1\u984D(\u4F1A\u793E\u306E\u901A\u8CA8)",
      "revenue",
      "\u898B\u7A4D\u91D1\u984D",
      "\u4E88\u5B9A\u91D1\u984D"
    ]
  },
  email: {
    delivered: ["\u5230\u9054\u6570", "\u914D\u4FE1\u6210\u529F\u6570", "\u914D\u4FE1\u5B8C\u4E86\u6570", "\u9001\u9054\u6570", "\u5230\u9054\u4EF6\u6570", "delivered", "deliveries", "successful deliveries"],
    sent: ["\u914D\u4FE1\u6570", "\u9001\u4FE1\u6570", "\u914D\u4FE1\u4EF6\u6570", "\u9001\u4FE1\u4EF6\u6570", "\u914D\u4FE1\u5BFE\u8C61\u6570", "sent", "sends", "emails sent", "total sent"],
    opens: [
      "\u30E6\u30CB\u30FC\u30AF\u958B\u5C01\u6570",
      "\u958B\u5C01\u6570",
      "\u958B\u5C01\u8005\u6570",
      "\u958B\u5C01",
      "unique opens",
      "opens",
      "opened",
      "open count",
      "total opens"
    ],
    clicks: [
      "\u30E6\u30CB\u30FC\u30AF\u30AF\u30EA\u30C3\u30AF\u6570",
      "\u30AF\u30EA\u30C3\u30AF\u6570",
      "\u30AF\u30EA\u30C3\u30AF\u8005\u6570",
      "\u30AF\u30EA\u30C3\u30AF",
      "unique clicks",
      "clicks",
      "clicked",
      "total clicks"
    ],
    date: ["\u914D\u4FE1\u65E5", "\u914D\u4FE1\u65E5\u6642", "\u9001\u4FE1\u65E5", "\u9001\u4FE1\u65E5\u6642", "\u914D\u4FE1\u958B\u59CB\u65E5\u6642", "\u65E5\u4ED8", "\u65E5", "date", "send date", "sent date", "sent at"],
    campaign: [
      "\u30AD\u30E3\u30F3\u30DA\u30FC\u30F3",
      "\u30AD\u30E3\u30F3\u30DA\u30FC\u30F3\u540D",
      "\u30E1\u30FC\u30EB\u540D",
      "\u914D\u4FE1\u540D",
      "\u30E1\u30EB\u30DE\u30AC\u540D",
      "\u4EF6\u540D",
      "\u30BF\u30A4\u30C8\u30EB",
      "campaign",
      "campaign name",
      "email name",
      "subject",
      "mailing"
    ],
    segment: ["\u30BB\u30B0\u30E1\u30F3\u30C8", "\u914D\u4FE1\u30EA\u30B9\u30C8", "\u30EA\u30B9\u30C8", "\u914D\u4FE1\u5148", "\u5BFE\u8C61\u30EA\u30B9\u30C8", "segment", "list", "audience"],
    conversions: ["\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3", "\u30B3\u30F3\u30D0\u30FC\u30B8\u30E7\u30F3\u6570", "cv", "cv\u6570", "\u6210\u679C\u6570", "conversions"]
  },
  targets: {
    month: ["\u6708", "\u5E74\u6708", "\u5BFE\u8C61\u6708", "\u8A08\u4E0A\u6708", "\u6708\u5EA6", "month", "year month", "\u671F\u9593", "\u65E5\u4ED8", "date"],
    metric: ["\u6307\u6A19", "\u6307\u6A19\u540D", "\u9805\u76EE", "\u76EE\u6A19\u9805\u76EE", "kpi", "kpi\u540D", "metric", "measure"],
    target: ["\u76EE\u6A19", "\u76EE\u6A19\u5024", "\u76EE\u6A19\u6570", "\u76EE\u6A19\u4EF6\u6570", "\u76EE\u6A19\u91D1\u984D", "target", "goal", "\u8A08\u753B", "plan", "\u4E88\u7B97", "budget"]
  }
};
var TAB_NAME_HINTS = {
  ads: ["\u5E83\u544A", "\u51FA\u7A3F", "\u8CBB\u7528", "\u30B3\u30B9\u30C8", "ads", "adwords", "google ads", "yahoo", "meta", "facebook", "spend", "cost"],
  traffic: ["\u30A2\u30AF\u30BB\u30B9", "ga4", "analytics", "\u30A2\u30CA\u30EA\u30C6\u30A3\u30AF\u30B9", "traffic", "\u30BB\u30C3\u30B7\u30E7\u30F3", "sessions", "\u6D41\u5165"],
  leads: ["\u30EA\u30FC\u30C9", "lead", "contacts", "contact", "\u30B3\u30F3\u30BF\u30AF\u30C8", "\u30D7\u30ED\u30B9\u30DA\u30AF\u30C8", "prospect", "\u898B\u8FBC\u307F"],
  deals: ["\u5546\u8AC7", "\u53D6\u5F15", "\u6848\u4EF6", "deal", "opportunit", "\u30D1\u30A4\u30D7\u30E9\u30A4\u30F3", "pipeline", "\u53D7\u6CE8"],
  email: ["\u30E1\u30FC\u30EB", "\u30E1\u30EB\u30DE\u30AC", "mail", "newsletter", "\u914D\u4FE1"],
  targets: ["\u76EE\u6A19", "\u4E88\u7B97", "target", "goal", "kpi", "\u8A08\u753B", "plan"]
};

// src/core/recognition/stageDateHeaders.ts
var LEAD_STAGE_KEYS = /* @__PURE__ */ new Set(["lead", "leads", "\u30EA\u30FC\u30C9"]);
var STAGE_DATE_PATTERNS = [
  /^became an? (.+?) date$/,
  /^date entered "?(.+?)"?$/,
  /^hs_lifecyclestage_(.+?)_date$/,
  /^hs_v2_date_entered_(.+)$/,
  /^"?(.+?)"?(?:に|へ)(?:なった|転換した|移行した|変更された|入った)日(?:付|時)?$/
];
function stageDateField(normalizedHeader) {
  for (const pattern of STAGE_DATE_PATTERNS) {
    const match = pattern.exec(normalizedHeader);
    const stageName = match?.[1];
    if (stageName === void 0) continue;
    const reading = stageFromStatus(stageName.replace(/_/g, " "));
    if (reading === null || !reading.known) return null;
    if (reading.lost) return "lost_flag";
    switch (reading.stage) {
      case "leads":
        return LEAD_STAGE_KEYS.has(statusKey(stageName)) ? "created_date" : null;
      case "mql":
        return "mql_date";
      case "sql":
        return "sql_date";
      case "opportunities":
        return "opportunity_date";
      case "won":
        return "won_date";
    }
  }
  return null;
}

// src/core/recognition/matchColumns.ts
var PATTERN_RANK = 1e3;
var LEAD_STAGE_DATE_RANK = 2e3;
var ALIAS_INDEX = (() => {
  const result = {};
  for (const kind of TAB_KINDS) {
    const index = /* @__PURE__ */ new Map();
    const table = FIELD_ALIASES[kind];
    for (const field of Object.keys(table)) {
      (table[field] ?? []).forEach((alias, rank) => {
        const key = headerKey(alias);
        if (!index.has(key)) index.set(key, { field, rank });
      });
    }
    result[kind] = index;
  }
  return result;
})();
function fieldForHeader(kind, header) {
  const key = headerKey(header);
  if (key === "") return null;
  const alias = ALIAS_INDEX[kind].get(key);
  if (alias) return alias;
  if (kind !== "leads") return null;
  const stageField = stageDateField(normalizeHeader(header));
  if (stageField === null) return null;
  return { field: stageField, rank: stageField === "created_date" ? LEAD_STAGE_DATE_RANK : PATTERN_RANK };
}
function matchColumns(kind, headers) {
  const candidates = [];
  headers.forEach((header, column) => {
    const match = fieldForHeader(kind, header);
    if (match) candidates.push({ column, field: match.field, rank: match.rank });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const columns = {};
  const usedColumns = /* @__PURE__ */ new Set();
  const matches = [];
  for (const candidate of candidates) {
    if (columns[candidate.field] !== void 0 || usedColumns.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    usedColumns.add(candidate.column);
    matches.push(candidate);
  }
  matches.sort((a, b) => a.column - b.column);
  return { columns, matches };
}

// src/core/recognition/evaluateKind.ts
var REQUIRED_WEIGHT = 3;
var SIGNATURE_WEIGHT = 2;
var OPTIONAL_WEIGHT = 1;
var NAME_HINT_WEIGHT = 1.5;
var SIGNATURE_FIELDS = {
  ads: ["impressions"],
  traffic: ["new_users", "engaged_sessions", "bounce_rate", "avg_engagement_seconds", "downloads"],
  leads: [
    "score",
    "mql_date",
    "mql_flag",
    "sql_date",
    "sql_flag",
    "opportunity_date",
    "opportunity_flag",
    "won_flag",
    "lost_flag"
  ],
  deals: ["deal_id", "stage", "close_date"],
  email: ["opens", "segment", "delivered", "sent"],
  targets: ["metric", "target"]
};
var GENERIC_HEADER_KEYS = {
  ads: /* @__PURE__ */ new Set(),
  traffic: /* @__PURE__ */ new Set(),
  leads: new Set(["\u65E5\u4ED8", "date"].map(headerKey)),
  deals: new Set(["\u65E5\u4ED8", "date"].map(headerKey)),
  email: new Set(["\u65E5\u4ED8", "\u65E5", "date"].map(headerKey)),
  targets: new Set(["\u65E5\u4ED8", "date", "\u671F\u9593"].map(headerKey))
};
function tabNameSuggests(tabName, kind) {
  const name = normalizeHeader(tabName);
  return TAB_NAME_HINTS[kind].some((hint) => name.includes(hint));
}
function requiredFor(kind, columns) {
  if (kind === "email") {
    if (columns.delivered !== void 0) return { required: ["delivered"], missing: [] };
    if (columns.sent !== void 0) return { required: ["sent"], missing: [] };
    return { required: ["delivered"], missing: ["delivered"] };
  }
  const required = [...REQUIRED_FIELDS[kind]];
  return { required, missing: required.filter((field) => columns[field] === void 0) };
}
function wideTargetMetrics(headers, columns) {
  const used = new Set(Object.values(columns));
  const metrics = {};
  const seen = /* @__PURE__ */ new Set();
  headers.forEach((header, column) => {
    if (used.has(column)) return;
    const metric = targetMetricFromText(header);
    if (metric !== null && !seen.has(metric)) {
      metrics[column] = metric;
      seen.add(metric);
    }
  });
  return metrics;
}
function evaluateKind(kind, tabName, headers) {
  const nameHint = tabNameSuggests(tabName, kind);
  const matched = matchColumns(kind, headers);
  const onlyGeneric = !nameHint && matched.matches.every(({ column }) => GENERIC_HEADER_KEYS[kind].has(headerKey(headers[column])));
  const { columns, matches } = onlyGeneric ? { columns: {}, matches: [] } : matched;
  const mapped = columns;
  let { required, missing } = requiredFor(kind, mapped);
  let wideMetrics;
  let extraScore = 0;
  if (kind === "targets" && mapped.month !== void 0 && (mapped.metric === void 0 || mapped.target === void 0)) {
    const saysTargets = nameHint || headers.some((header) => typeof header === "string" && mentionsTarget(header));
    const metrics = saysTargets ? wideTargetMetrics(headers, mapped) : {};
    if (Object.keys(metrics).length > 0) {
      wideMetrics = metrics;
      extraScore = Object.keys(metrics).length * SIGNATURE_WEIGHT;
    } else {
      required = ["month", "metric", "target"];
      missing = required.filter((field) => mapped[field] === void 0);
    }
  } else if (kind === "targets") {
    required = ["month", "metric", "target"];
    missing = required.filter((field) => mapped[field] === void 0);
  }
  let score = extraScore + (nameHint ? NAME_HINT_WEIGHT : 0);
  for (const { field } of matches) {
    if (required.includes(field)) score += REQUIRED_WEIGHT;
    else if (SIGNATURE_FIELDS[kind].includes(field)) score += SIGNATURE_WEIGHT;
    else score += OPTIONAL_WEIGHT;
  }
  const evaluation = {
    kind,
    columns: mapped,
    matches,
    required,
    missingRequired: missing,
    complete: missing.length === 0,
    score,
    nameHint
  };
  return wideMetrics ? { ...evaluation, wideMetrics } : evaluation;
}
function compareEvaluations(a, b) {
  if (a.complete !== b.complete) return a.complete ? -1 : 1;
  return b.score - a.score;
}

// src/core/recognition/recognizeTab.ts
var HEADER_SEARCH_ROWS = 30;
function cellLabel(cell) {
  if (cell === null || cell === void 0) return "";
  return (typeof cell === "string" ? cell : String(cell)).replace(/^\uFEFF/, "").trim();
}
function evaluationsForRow(tabName, row, kinds) {
  return kinds.map((kind) => evaluateKind(kind, tabName, row)).filter((evaluation) => evaluation.matches.length > 0).sort(compareEvaluations);
}
function chooseHeaderRow(tabName, values, kinds) {
  let best = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = values[index] ?? [];
    if (isCommentRow(row) || row.every(isBlank)) continue;
    const evaluations = evaluationsForRow(tabName, row, kinds);
    const top = evaluations[0];
    if (!top) continue;
    const current = best?.evaluations[0];
    if (!current || compareEvaluations(top, current) < 0) best = { headerRow: index, evaluations };
  }
  return best;
}
function confidenceOf(evaluation, runnerUp) {
  const requiredMatched = evaluation.required.filter((field) => evaluation.columns[field] !== void 0).length;
  const optionalMatched = evaluation.matches.length - requiredMatched + Object.keys(evaluation.wideMetrics ?? {}).length;
  const optionalAvailable = Math.min(3, FIELDS_BY_KIND[evaluation.kind].length - evaluation.required.length);
  let confidence = evaluation.complete ? 0.55 + 0.35 * (optionalAvailable <= 0 ? 1 : Math.min(1, optionalMatched / optionalAvailable)) : 0.35 * (requiredMatched / Math.max(1, evaluation.required.length));
  if (evaluation.nameHint) confidence += 0.1;
  if (evaluation.complete && runnerUp?.complete && runnerUp.score >= evaluation.score - 1) confidence -= 0.15;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}
function countDataRows(values, headerRow) {
  let count = 0;
  for (let index = headerRow + 1; index < values.length; index += 1) {
    const row = values[index] ?? [];
    if (!row.every(isBlank) && !isCommentRow(row)) count += 1;
  }
  return count;
}
function buildRecognition(tabName, values, headerRow, chosen, evaluations, forced) {
  const header = values[headerRow] ?? [];
  const headerLabels = header.map(cellLabel);
  const usable = chosen !== void 0 && (chosen.complete || forced);
  const fieldByColumn = /* @__PURE__ */ new Map();
  if (usable) for (const [field, column] of Object.entries(chosen.columns)) fieldByColumn.set(column, field);
  const columns = headerLabels.map((label, index) => ({
    index,
    label,
    field: fieldByColumn.get(index) ?? null,
    metric: usable ? chosen.wideMetrics?.[index] ?? null : null
  }));
  const candidates = evaluations.map((evaluation, position) => ({
    kind: evaluation.kind,
    confidence: confidenceOf(evaluation, evaluations[position === 0 ? 1 : 0]),
    usable: evaluation.complete,
    missingRequired: evaluation.missingRequired,
    columns: evaluation.columns
  }));
  const kind = usable ? chosen.kind : null;
  const needsChannel = kind === "ads" || kind === "traffic";
  const mapping = {
    tab: tabName,
    kind,
    headerRow,
    columns: usable ? { ...chosen.columns } : {},
    ...needsChannel && chosen?.columns.channel === void 0 ? { channel: tabName.trim() } : {},
    ...usable && chosen.wideMetrics ? { wideMetrics: { ...chosen.wideMetrics } } : {}
  };
  const chosenIndex = chosen ? evaluations.indexOf(chosen) : -1;
  const recognition = {
    mapping,
    confidence: chosen ? confidenceOf(chosen, evaluations[chosenIndex === 0 ? 1 : 0]) : 0,
    missingRequired: chosen ? [...chosen.missingRequired] : [],
    headerLabels,
    columns,
    candidates,
    dataRowCount: countDataRows(values, headerRow)
  };
  if (kind !== "targets") return recognition;
  return { ...recognition, targetsLayout: chosen?.wideMetrics ? "wide" : "long" };
}
function recognizeTab(name, values) {
  const choice = chooseHeaderRow(name, values, TAB_KINDS);
  if (!choice) return buildRecognition(name, values, 0, void 0, [], false);
  return buildRecognition(name, values, choice.headerRow, choice.evaluations[0], choice.evaluations, false);
}

// .bench-tmp-parse/bench.ts
var leads = [["\u4F5C\u6210\u65E5", "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9", "\u4F1A\u793E\u540D", "\u6D41\u5165\u5143", "\u30B9\u30C6\u30FC\u30BF\u30B9", "MQL\u65E5", "\u5546\u8AC7\u5316", "\u91D1\u984D"]];
for (let i = 0; i < 1e5; i++) leads.push([new Date(Date.UTC(2025, 3, 1 + i % 200)), `u${i}@ex.jp`, `C${i}`, "Web", i % 3 ? "\u5546\u8AC7\u4E2D" : "\u30EA\u30FC\u30C9", i % 2 ? "2025/5/1" : "", i % 5 ? "\u25CB" : "", "120,000"]);
var ads = [["\u65E5\u4ED8", "\u5A92\u4F53", "\u8CBB\u7528", "\u8868\u793A\u56DE\u6570", "\u30AF\u30EA\u30C3\u30AF\u6570"]];
for (let i = 0; i < 2e4; i++) ads.push(["2025-04-01", "Google", "\xA51,200", "3,000", "40"]);
var traffic = [["\u65E5\u4ED8", "\u30C1\u30E3\u30CD\u30EB", "\u30BB\u30C3\u30B7\u30E7\u30F3", "\u76F4\u5E30\u7387"]];
for (let i = 0; i < 2e4; i++) traffic.push(["20250401", "Organic Search", "1,200", "44.5%"]);
var tabs = [{ name: "\u30EA\u30FC\u30C9", values: leads }, { name: "\u5E83\u544A", values: ads }, { name: "GA4", values: traffic }];
for (let k = 0; k < 3; k++) {
  const t0 = Date.now();
  const mappings = tabs.map((t) => recognizeTab(t.name, t.values).mapping);
  const t1 = Date.now();
  const wb = parseWorkbook(tabs, mappings, { zoneOffset: () => 540, language: "ja" });
  const t2 = Date.now();
  console.log("recognize", t1 - t0, "parse", t2 - t1, wb.leads.length, wb.ads.length, wb.traffic.length, wb.warnings.length);
}
