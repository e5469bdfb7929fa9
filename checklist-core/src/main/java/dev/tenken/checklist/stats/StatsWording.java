package dev.tenken.checklist.stats;

import dev.tenken.checklist.Language;

/** The fixed words of batch CSV and of statistics that {@code report.Wording} does not have, in ja and en. */
enum StatsWording {
    LINE("行", "Line"),
    HIGH_FINDINGS("重要度「高」の指摘", "High findings"),
    MEDIUM_FINDINGS("重要度「中」の指摘", "Medium findings"),
    REQUIRED_SHORT("不足している必須項目", "Required items falling short"),
    ERROR("エラー", "Error"),
    TITLE("点検結果の集計", "Assessment statistics"),
    ORGANISATIONS("組織数", "Organisations"),
    REPORTS("集計した報告", "Reports counted"),
    ERROR_LINES("評価できなかった行", "Lines that could not be assessed"),
    MALFORMED("読めなかった行", "Lines that are not reports"),
    GRADE_DISTRIBUTION("評価の分布", "Grade distribution"),
    SCORES("スコアの分布", "Scores"),
    MIN("最小", "min"),
    Q1("第1四分位", "lower quartile"),
    MEDIAN("中央値", "median"),
    Q3("第3四分位", "upper quartile"),
    MAX("最大", "max"),
    ITEMS("項目別の状況", "Items"),
    ITEMS_NOTE("割合はそのチェックリストで点検した組織に対する割合です。不足 = 未実施 + 一部実施 + 未回答。必須の不足が多い順。",
            "Shares are of the organisations assessed against that checklist. Short = unmet + partial + unanswered. "
                    + "Required items first, most often short first."),
    APPLIES("対象", "Applies"),
    SHORT("不足", "Short"),
    BY_SECTOR("業種別", "By sector"),
    NO_SECTOR("（業種の記載なし）", "(no sector given)"),
    OTHER_SECTORS("（その他の業種）", "(other sectors)"),
    MOST_SHORT("不足の多い必須項目", "Required items most often short"),
    NO_REPORTS("集計できる報告がありません。", "No reports to count."),
    AND_MORE("ほか %d 件", "and %d more"),
    ITEMS_DROPPED("項目の種類が多すぎるため、%d 件の項目結果は集計していません", "%d item results not counted: too many distinct items"),
    LINE_AT("%d 行目: %s", "line %d: %s");

    private final String ja;
    private final String en;

    StatsWording(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    String in(Language language) {
        return language == Language.JA ? ja : en;
    }

    String format(Language language, Object... args) {
        return String.format(java.util.Locale.ROOT, in(language), args);
    }
}
