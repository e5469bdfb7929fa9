package dev.tenken.excel;

import dev.tenken.checklist.Language;

/** Every word a workbook shows a person, in Japanese and English. */
enum Words {
    SHEET_INSTRUCTIONS("説明", "Instructions"),
    SHEET_PROFILE("プロファイル", "Profile"),
    SHEET_ANSWERS("回答", "Answers"),

    COL_ID("ID", "ID"),
    COL_CATEGORY("分野", "Category"),
    COL_RANK("区分", "Rank"),
    COL_TITLE("項目", "Item"),
    COL_DESCRIPTION("説明", "Description"),
    COL_STATUS("状況", "Status"),
    COL_NOTE("メモ（該当なしの理由）", "Note (reason if not applicable)"),
    COL_EVIDENCE("証跡", "Evidence"),
    COL_WAIVER_REASON("リスク受容の理由", "Waiver reason"),
    COL_APPROVED_BY("承認者", "Approved by"),
    COL_EXPIRES("受容の期限", "Waiver expires"),
    COL_HINT("対策のヒント", "What to do"),

    COL_KEY("キー", "Key"),
    COL_QUESTION("質問", "Question"),
    COL_TYPE("種類", "Type"),
    COL_VALUES("選べる値", "Allowed values"),
    COL_ANSWER("回答", "Answer"),

    ORG_NAME("組織名", "Organisation name"),
    ORG_SECTOR("業種", "Sector"),
    ASSESSOR_NAME("記入者", "Assessor"),
    ASSESSOR_ROLE("記入者の役職", "Assessor's role"),
    ASSESSED_ON("点検日（YYYY-MM-DD）", "Assessment date (YYYY-MM-DD)"),

    TYPE_TEXT("文字", "text"),
    TYPE_DATE("日付", "date"),
    TYPE_BOOLEAN("はい/いいえ", "yes/no"),
    TYPE_NUMBER("数値", "number"),
    TYPE_ENUM("いずれか1つ", "one of"),
    TYPE_SET("複数可（読点またはカンマ区切り）", "any of (comma-separated)"),

    YES("はい", "yes"),
    NO("いいえ", "no"),
    NOT_ANSWERED("未回答", "unanswered"),

    DECIDED_BY_PROFILE("（プロファイルの記入内容から判定されます）", "(decided from the profile when its facts are given)"),

    PROMPT_STATUS("一覧から選んでください。空欄は未回答です。", "Choose from the list. Empty means unanswered."),
    PROMPT_DATE("日付を YYYY-MM-DD で入力してください（例: 2027-03-31）。", "Type a date as YYYY-MM-DD, such as 2027-03-31."),
    PROMPT_NUMBER("数値を入力してください。", "Type a number."),
    ERROR_TITLE("入力できない値です", "Not an allowed value"),

    INSTRUCTIONS_TITLE("記入のしかた", "How to fill in this workbook"),
    CHECKLIST("チェックリスト", "Checklist"),
    FOR_PROFILE("この回答票は記入済みのプロファイルに合わせて作られており、該当しない項目は省かれています。",
            "This workbook was made for the profile filled in: items that do not apply to it are left out."),
    STEP_1("1. 「プロファイル」シートの「回答」列に、組織名・記入者・点検日と、組織についての質問への回答を記入します。分からない質問は空欄のままにします。",
            "1. On the Profile sheet, fill in the Answer column: organisation, assessor, date, and the questions about the organisation. Leave a question empty when you do not know."),
    STEP_2("2. 「回答」シートの「状況」列で、各項目の状況を一覧から選びます（実施済み・一部実施・未実施・該当なし・不明）。空欄は未回答として扱われます。",
            "2. On the Answers sheet, choose each item's status from the list in the Status column (met, partial, unmet, not_applicable, unknown). An empty status counts as unanswered."),
    STEP_3("3. 「該当なし」を選んだ場合は、メモ列にその理由を書きます。理由がないと該当扱いのまま未回答になります。",
            "3. When you choose not_applicable, write the reason in the Note column; without one the item stays applicable and unanswered."),
    STEP_4("4. 対応できない項目のリスクを受け入れる場合は、リスク受容の理由と期限（YYYY-MM-DD）を両方記入します。承認者は任意です。",
            "4. To accept the risk of an item you cannot meet (a waiver), give both the waiver reason and the date it expires (YYYY-MM-DD); who approved it is optional."),
    STEP_5("5. ID 列とシート名は変更しないでください。行の並べ替えや絞り込みは自由です。数式は読み取られません（値を直接入力してください）。",
            "5. Do not change the ID column or the sheet names; you may sort and filter rows. Formulas are not read: type the values themselves."),
    STEP_6("6. 記入後、次のコマンドで評価します: tenken assess <このファイル>.xlsx",
            "6. When done, assess it with: tenken assess <this file>.xlsx");

    private final String ja;
    private final String en;

    Words(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    String in(Language l) {
        return l == Language.JA ? ja : en;
    }

    /** Whether {@code text} is this word in either language. */
    boolean matches(String text) {
        return text != null && (text.strip().equals(ja) || text.strip().equalsIgnoreCase(en));
    }
}
