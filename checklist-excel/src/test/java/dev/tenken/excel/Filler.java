package dev.tenken.excel;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Random answers for a checklist, written two ways: as a YAML answers file and into a workbook
 * template by a program (as a person would type them: statuses in either language, dates as
 * dates or text, yes/no as words or booleans, numbers as numbers or text).
 */
final class Filler {
    private Filler() {
    }

    /** One generated answer. */
    record Ans(String id, AnswerStatus status, String note, String evidence, String reason, String approvedBy,
               LocalDate expires) {
    }

    /** One generated profile value: a Boolean, a Long, a String or a List of String. */
    record Fact(ProfileFact fact, Object value) {
    }

    record Answers(String org, LocalDate assessedOn, List<Fact> profile, List<Ans> answers) {
    }

    static Answers random(Checklist c, Random r) {
        List<Fact> facts = new ArrayList<>();
        for (ProfileFact f : c.profile()) {
            if (r.nextInt(5) == 0) {
                continue;
            }
            Object v = switch (f.type()) {
                case BOOLEAN -> r.nextBoolean();
                case NUMBER -> (long) r.nextInt(500);
                case STRING -> "値 " + r.nextInt(100);
                case ENUM -> f.values().get(r.nextInt(f.values().size()));
                case SET -> {
                    List<String> m = new ArrayList<>();
                    for (String x : f.values()) {
                        if (r.nextBoolean()) {
                            m.add(x);
                        }
                    }
                    yield m.isEmpty() ? List.of(f.values().get(0)) : m;
                }
            };
            facts.add(new Fact(f, v));
        }
        List<Ans> answers = new ArrayList<>();
        for (Item i : c.items().toList()) {
            if (r.nextInt(6) == 0) {
                continue;
            }
            AnswerStatus s = AnswerStatus.values()[r.nextInt(AnswerStatus.values().length)];
            String note = r.nextInt(3) == 0 ? null : "メモ " + r.nextInt(1000) + " \"quoted\" : colon";
            String evidence = r.nextInt(3) == 0 ? "文書-" + r.nextInt(100) : null;
            boolean waiver = r.nextInt(5) == 0;
            answers.add(new Ans(i.id(), s, note, evidence, waiver ? "予算待ち " + r.nextInt(9) : null,
                    waiver && r.nextBoolean() ? "情報システム部長" : null,
                    waiver ? LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800)) : null));
        }
        return new Answers("株式会社 テスト " + r.nextInt(100), LocalDate.of(2026, 11, 1).plusDays(r.nextInt(60)), facts, answers);
    }

    static String yaml(Checklist c, Answers a) {
        StringBuilder b = new StringBuilder();
        b.append("checklist: ").append(q(c.id())).append('\n');
        b.append("organisation:\n  name: ").append(q(a.org())).append('\n');
        b.append("assessed_on: ").append(a.assessedOn()).append('\n');
        b.append("profile:\n");
        if (a.profile().isEmpty()) {
            b.append("  {}\n");
        }
        for (Fact f : a.profile()) {
            b.append("  ").append(q(f.fact().key())).append(": ");
            if (f.value() instanceof List<?> l) {
                b.append('[').append(String.join(", ", l.stream().map(x -> q((String) x)).toList())).append(']');
            } else if (f.value() instanceof String s) {
                b.append(q(s));
            } else {
                b.append(f.value());
            }
            b.append('\n');
        }
        b.append("answers:\n");
        if (a.answers().isEmpty()) {
            b.append("  {}\n");
        }
        for (Ans x : a.answers()) {
            b.append("  ").append(q(x.id())).append(":\n    status: ").append(x.status().key()).append('\n');
            if (x.note() != null) {
                b.append("    note: ").append(q(x.note())).append('\n');
            }
            if (x.evidence() != null) {
                b.append("    evidence: ").append(q(x.evidence())).append('\n');
            }
            if (x.reason() != null) {
                b.append("    waiver:\n      reason: ").append(q(x.reason())).append('\n');
                if (x.approvedBy() != null) {
                    b.append("      approved_by: ").append(q(x.approvedBy())).append('\n');
                }
                b.append("      expires: ").append(x.expires()).append('\n');
            }
        }
        return b.toString();
    }

    /** A double-quoted YAML string (JSON escaping is valid YAML). */
    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** Fills a template by program; rows are shuffled first, as a person sorting them would. */
    static byte[] fill(byte[] template, Answers a, Random r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet profile = sheet(wb, Words.SHEET_PROFILE);
            for (Row row : profile) {
                Cell key = row.getCell(Layout.KEY);
                if (key == null || row.getRowNum() == 0) {
                    continue;
                }
                String k = key.getStringCellValue();
                Cell answer = row.getCell(Layout.ANSWER, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (k.equals(Layout.ORG_NAME)) {
                    answer.setCellValue(a.org());
                } else if (k.equals(Layout.ASSESSED_ON)) {
                    if (r.nextBoolean()) {
                        answer.setCellValue(a.assessedOn());
                    } else {
                        answer.setCellValue(a.assessedOn().toString().replace('-', '/'));
                    }
                }
                for (Fact f : a.profile()) {
                    if (k.equals(Layout.PROFILE_PREFIX + f.fact().key())) {
                        put(answer, f, r);
                    }
                }
            }
            Sheet answers = sheet(wb, Words.SHEET_ANSWERS);
            java.util.Map<String, Ans> byId = new java.util.HashMap<>();
            a.answers().forEach(x -> byId.put(x.id(), x));
            for (Row row : answers) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Ans x = byId.get(row.getCell(Layout.ID).getStringCellValue());
                if (x == null) {
                    continue;
                }
                String status = switch (r.nextInt(3)) {
                    case 0 -> x.status().japanese();
                    case 1 -> x.status().key();
                    default -> x.status().label(Language.EN).toUpperCase(java.util.Locale.ROOT);
                };
                row.getCell(Layout.STATUS).setCellValue(status);
                if (x.note() != null) {
                    row.getCell(Layout.NOTE).setCellValue(x.note());
                }
                if (x.evidence() != null) {
                    row.getCell(Layout.EVIDENCE).setCellValue(x.evidence());
                }
                if (x.reason() != null) {
                    row.getCell(Layout.WAIVER_REASON).setCellValue(x.reason());
                    if (x.approvedBy() != null) {
                        row.getCell(Layout.APPROVED_BY).setCellValue(x.approvedBy());
                    }
                    if (r.nextBoolean()) {
                        row.getCell(Layout.EXPIRES).setCellValue(x.expires());
                    } else {
                        row.getCell(Layout.EXPIRES).setCellValue(x.expires().getYear() + "年" + x.expires().getMonthValue()
                                + "月" + x.expires().getDayOfMonth() + "日");
                    }
                }
            }
            // sort by hand: move the last data row to the top, so ids, not positions, carry the answers
            int last = answers.getLastRowNum();
            if (last > 2) {
                answers.shiftRows(1, last, 1);
                answers.shiftRows(last + 1, last + 1, -last);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Cell answer, Fact f, Random r) {
        Object v = f.value();
        if (v instanceof Boolean b) {
            if (r.nextBoolean()) {
                answer.setCellValue(b);
            } else {
                answer.setCellValue(b ? "はい" : (r.nextBoolean() ? "いいえ" : "no"));
            }
        } else if (v instanceof Long n) {
            if (r.nextBoolean()) {
                answer.setCellValue(n.doubleValue());
            } else {
                answer.setCellValue(Long.toString(n));
            }
        } else if (v instanceof List<?> l) {
            answer.setCellValue(String.join(r.nextBoolean() ? "、" : ", ", l.stream().map(Object::toString).toList()));
        } else {
            answer.setCellValue((String) v);
        }
        if (f.fact().type() == FactType.STRING && r.nextInt(4) == 0) {
            answer.setCellValue(" " + v + " ");
        }
    }

    static Sheet sheet(XSSFWorkbook wb, Words name) {
        for (Sheet s : wb) {
            if (name.matches(s.getSheetName())) {
                return s;
            }
        }
        throw new AssertionError("no sheet " + name);
    }
}
