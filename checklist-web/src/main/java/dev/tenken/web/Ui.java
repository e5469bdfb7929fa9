package dev.tenken.web;

import dev.tenken.checklist.Language;

/** Every word the pages show, in Japanese and English. */
enum Ui {
    APP("点検 — セキュリティ自己点検", "Tenken — security self-assessment"),
    SKIP("本文へ移動", "Skip to content"),
    NAV("メインメニュー", "Main menu"),
    HOME("新しい点検", "New assessment"),
    HISTORY("点検の履歴", "Assessment history"),
    OTHER_LANG("English", "日本語"),
    OTHER_LANG_LABEL("Switch to English", "日本語に切り替える"),
    START_TITLE("新しい点検を始める", "Start a new assessment"),
    START_HELP("チェックリストを選び、組織の情報を入力してください。次の画面で、組織の状況についての質問に答えてから、項目に回答します。",
            "Choose a checklist and give your organisation's details. On the next page you answer questions about your organisation first, then the items."),
    CHECKLIST("チェックリスト", "Checklist"),
    ORGANISATION("組織名", "Organisation"),
    SECTOR("業種", "Sector"),
    ASSESSOR("点検者", "Assessor"),
    DATE("点検日", "Date"),
    START("点検を始める", "Start the assessment"),
    IMPORT_TITLE("Excel の回答を読み込む", "Import answers from Excel"),
    IMPORT_HELP("tenken template --format xlsx で作ったワークブックに記入したものを選ぶと、点検結果として保存します。",
            "Choose a workbook made with tenken template --format xlsx and filled in; it is assessed and saved."),
    IMPORT_FILE("ワークブック (.xlsx)", "Workbook (.xlsx)"),
    IMPORT("読み込んで点検する", "Import and assess"),
    IMPORT_NEEDS_JS("読み込みには JavaScript が必要です。", "Importing needs JavaScript."),
    DRAFTS("作成中・最近の点検", "Drafts and recent assessments"),
    NONE_YET("まだ点検はありません。", "No assessments yet."),
    OPEN("開く", "Open"),
    STATE_DRAFT("下書き", "Draft"),
    STATE_FINAL("完了", "Finished"),
    STATE("状態", "State"),
    GRADE("評価", "Grade"),
    SCORE("得点", "Score"),
    ACTIONS("操作", "Actions"),
    PROFILE_TITLE("1. 組織の状況", "1. About your organisation"),
    PROFILE_HELP("先に答えてください。答えに応じて、当てはまらない項目は一覧から消え、当てはまるかもしれない項目には印が付きます。",
            "Answer these first. As you answer, items that cannot apply disappear from the list, and items that may apply are marked."),
    APPLY_PROFILE("回答を反映して一覧を絞り込む", "Apply the answers and narrow the list"),
    ITEMS_TITLE("2. 点検項目", "2. Items"),
    ITEMS_SHOWN("表示中の項目: %d / %d", "Items shown: %d of %d"),
    YES("はい", "Yes"),
    NO("いいえ", "No"),
    UNANSWERED("未回答", "Not answered"),
    CHOOSE("選択してください", "Choose"),
    MAY_APPLY("当てはまる可能性あり（組織の状況に未回答の質問があります）", "May apply (a question about your organisation is not answered)"),
    STATUS("実施状況", "Status"),
    NOTE("メモ", "Note"),
    EVIDENCE("根拠・証跡", "Evidence"),
    WAIVER("リスク受容（例外）", "Waiver (accepted risk)"),
    WAIVER_REASON("理由", "Reason"),
    WAIVER_APPROVER("承認者", "Approved by"),
    WAIVER_EXPIRES("有効期限", "Expires"),
    HINT("対策のヒント", "Remediation hint"),
    SAVE("下書きを保存", "Save draft"),
    FINISH("保存して結果を見る", "Save and see the results"),
    SAVED("保存しました。", "Saved."),
    PROBLEMS("入力に問題があります。下書きとしては保存されています。", "There are problems in the answers. They are saved as a draft."),
    CONFLICT_TITLE("保存できませんでした（他の画面で更新されています）", "Not saved: it was changed elsewhere"),
    CONFLICT_TEXT("この点検は、あなたが開いた後に別のタブまたは別の人によって保存されました。上書きを防ぐため、あなたの変更は保存していません。最新の内容を開き、必要な変更をもう一度入力してください。",
            "Someone saved this assessment — in another tab or another browser — after you opened it. To avoid overwriting their work, your changes were not saved. Open the latest version and enter your changes again."),
    CONFLICT_YOURS("保存されなかったあなたの回答（コピー用）", "Your unsaved answers (to copy)"),
    OPEN_LATEST("最新の内容を開く", "Open the latest version"),
    RESULTS("結果", "Results"),
    REPORT("報告書（印刷可）", "Report (printable)"),
    EDIT("回答を編集", "Edit answers"),
    DOWNLOADS("ダウンロード", "Downloads"),
    ANSWERS_DL("回答", "Answers"),
    REPORT_DL("報告書", "Report"),
    COMPARE("比較", "Compare"),
    COMPARE_HELP("2つの点検を選んで比較します。", "Choose two assessments to compare."),
    BEFORE("前", "Before"),
    AFTER("後", "After"),
    SHOW_DIFF("差分を表示", "Show the differences"),
    DIFF_TITLE("点検の比較", "Comparing assessments"),
    DIFF_NONE("変化はありません。", "Nothing changed."),
    WAIVERS_CHANGED("リスク受容の変化", "Waiver changes"),
    ITEM("項目", "Item"),
    RANK("区分", "Rank"),
    CHANGE("変化", "Change"),
    EXPIRES("期限", "Expires"),
    IMPROVED("改善", "Improved"),
    REGRESSED("悪化", "Regressed"),
    NEWLY_APPLICABLE("新たに該当", "Became applicable"),
    NO_LONGER_APPLICABLE("該当しなくなった", "No longer applicable"),
    RESTATED("表現の変更（未実施⇔未回答）", "Restated (unmet ⇔ unanswered)"),
    RERANKED("区分の変更", "Rank changed"),
    ADDED("追加された項目", "Added items"),
    REMOVED("削除された項目", "Removed items"),
    W_ADDED("追加", "Added"),
    W_EXPIRED("期限切れ", "Expired"),
    W_REMOVED("削除", "Removed"),
    NOT_FOUND("見つかりません。", "Not found."),
    BAD_REQUEST("リクエストを処理できません", "The request cannot be served"),
    NEED_TOKEN("アクセスにはトークンが必要です。tenken serve が起動時に表示したアドレスを開いてください。",
            "An access token is needed. Open the address that tenken serve printed when it started."),
    CSRF("フォームの有効期限が切れたか、別のサイトから送信されました。ページを開き直してから、もう一度送信してください。",
            "The form expired or was sent from another site. Reload the page and send it again."),
    ORG_REQUIRED("組織名を入力してください。", "Give the organisation's name."),
    DATE_BAD("点検日は 2026-11-24 の形式で入力してください。", "Give the date as 2026-11-24."),
    CHECKLIST_UNKNOWN("そのチェックリストはありません。", "There is no such checklist."),
    DIFF_OTHER_CHECKLIST("同じチェックリストの点検どうしだけ比較できます。", "Only assessments of the same checklist can be compared."),
    NOT_GRADED("未採点（入力に問題があります）", "Not graded (the answers have problems)"),
    API("API（OpenAPI）", "API (OpenAPI)");

    private final String ja;
    private final String en;

    Ui(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    String in(Language l) {
        return l == Language.EN ? en : ja;
    }

    String format(Language l, Object... args) {
        return String.format(java.util.Locale.ROOT, in(l), args);
    }
}
