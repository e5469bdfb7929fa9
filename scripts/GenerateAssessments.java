import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of realistic, varied telework-admin self-assessments, one JSON object per line,
 * for scripts/measure-batch.sh. Not part of the library. Each organisation has a sector, a size,
 * a profile (methods, devices, places, networks, services) and a maturity that shapes its answers
 * (met / partial / unmet / unknown / missing, Japanese aliases now and then); some answers carry a
 * note or evidence, about 3% a waiver, a few a declared not_applicable with a reason. About 0.5% of
 * lines are bad (broken JSON, an unknown item id, a value outside the enum, a blank line).
 *
 * Usage: java scripts/GenerateAssessments.java COUNT [SEED]   (writes to standard output)
 */
public final class GenerateAssessments {
    static final String[] SECTORS = {"manufacturing", "retail", "construction", "healthcare", "finance", "it-services",
        "logistics", "food-service", "education", "public-sector", "agriculture", "real-estate"};
    static final String[] METHODS = {"vpn", "remote-desktop", "vdi", "secure-container", "secure-browser", "cloud", "standalone"};
    static final String[] TYPES = {"pc", "smartphone", "tablet"};
    static final String[] PLACES = {"home", "public-places", "satellite-office", "travel"};
    static final String[] NETWORKS = {"home-wifi", "public-wifi", "mobile", "wired"};
    static final String[] OWNERSHIP = {"company", "byod", "mixed"};
    static final String[] NOTES = {"来期に対応予定", "一部の拠点のみ実施", "外部委託先に確認中", "手順書は作成済み、周知は未了",
        "VPN装置は11月に更新済み", "規程の改定を検討中", "担当者が1名のため \"兼務\" で対応", "クラウドの設定を見直し中",
        "Policy in draft, review in Q3", "年1回の点検で確認"};
    static final String[] EVIDENCE = {"保守報告書 2026-11", "社内規程 第12条", "設定画面のスクリーンショット", "見積書 2026-10",
        "研修の受講記録"};

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261124L;
        Random r = new Random(seed);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder b = new StringBuilder(4096);
            for (long n = 1; n <= count; n++) {
                b.setLength(0);
                line(b, r, n);
                w.append(b).append('\n');
            }
        }
    }

    static void line(StringBuilder b, Random r, long n) {
        int bad = r.nextInt(1000);
        if (bad < 1) {
            return; // blank line
        }
        b.append("{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"株式会社サンプル").append(n).append("\"");
        if (r.nextInt(10) > 0) {
            b.append(",\"sector\":\"").append(SECTORS[skewed(r, SECTORS.length)]).append('"');
        }
        b.append("},\"assessed_on\":\"2026-").append(String.format("%02d-%02d", 1 + r.nextInt(11), 1 + r.nextInt(28)))
                .append("\",\"profile\":{");
        b.append("\"telework.methods\":").append(subset(r, METHODS, 1));
        b.append(",\"devices.ownership\":\"").append(bad < 2 ? "rented" : OWNERSHIP[r.nextInt(3)]).append('"');
        if (r.nextInt(8) > 0) {
            b.append(",\"devices.types\":").append(subset(r, TYPES, 1));
        }
        b.append(",\"work.places\":").append(subset(r, PLACES, 1));
        if (r.nextInt(6) > 0) {
            b.append(",\"networks.used\":").append(subset(r, NETWORKS, 1));
        }
        b.append(",\"services.web-meetings\":").append(r.nextBoolean());
        if (r.nextInt(5) > 0) {
            b.append(",\"services.cloud\":").append(r.nextInt(4) > 0);
        }
        int staff = 1 + (int) Math.min(299, Math.abs(r.nextGaussian() * 40));
        b.append(",\"staff.count\":").append(staff);
        b.append(",\"admin.present\":").append(staff > 10 ? r.nextInt(5) > 0 : r.nextInt(3) == 0);
        b.append("},\"answers\":{");
        double maturity = Math.min(0.97, Math.max(0.05, 0.55 + r.nextGaussian() * 0.22));
        boolean first = true;
        for (int i = 1; i <= 47; i++) {
            if (r.nextDouble() < 0.06) {
                continue; // left unanswered
            }
            b.append(first ? "" : ",").append("\"TA-").append(String.format("%02d", i)).append("\":");
            first = false;
            double x = r.nextDouble();
            String status = x < maturity ? "met" : x < maturity + (1 - maturity) * 0.35 ? "partial"
                    : x < maturity + (1 - maturity) * 0.9 ? "unmet" : "unknown";
            if (r.nextInt(10) == 0) {
                status = switch (status) {
                    case "met" -> "実施済み";
                    case "partial" -> "一部実施";
                    case "unmet" -> "未実施";
                    default -> "不明";
                };
            }
            int extra = r.nextInt(100);
            if (extra < 2) {
                b.append("{\"status\":\"not_applicable\",\"note\":\"当社では該当する業務がない\"}");
            } else if (extra < 5 && (status.equals("unmet") || status.equals("未実施"))) {
                b.append("{\"status\":\"").append(status).append("\",\"note\":\"").append(json(NOTES[r.nextInt(NOTES.length)]))
                        .append("\",\"waiver\":{\"reason\":\"代替策: 接続元IP制限\",\"approved_by\":\"社長\",\"expires\":\"202")
                        .append(6 + r.nextInt(2)).append("-0").append(1 + r.nextInt(9)).append("-28\"}}");
            } else if (extra < 20) {
                b.append("{\"status\":\"").append(status).append("\",\"note\":\"").append(json(NOTES[r.nextInt(NOTES.length)]))
                        .append('"');
                if (r.nextBoolean()) {
                    b.append(",\"evidence\":\"").append(json(EVIDENCE[r.nextInt(EVIDENCE.length)])).append('"');
                }
                b.append('}');
            } else {
                b.append('"').append(status).append('"');
            }
        }
        if (bad == 3) {
            b.append(",\"TA-99\":\"met\"");
        }
        b.append("}}");
        if (bad == 4) {
            b.setLength(b.length() / 2); // a line cut short
        }
    }

    /** Early entries more likely: sectors are not equally common. */
    static int skewed(Random r, int n) {
        return Math.min(n - 1, (int) Math.abs(r.nextGaussian() * n / 2.5));
    }

    static String subset(Random r, String[] values, int min) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (r.nextInt(3) == 0) {
                out.add(v);
            }
        }
        while (out.size() < min) {
            out.add(values[r.nextInt(values.length)]);
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < out.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(out.get(i)).append('"');
        }
        return b.append(']').toString();
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
