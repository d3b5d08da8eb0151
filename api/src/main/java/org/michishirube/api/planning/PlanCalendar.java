package org.michishirube.api.planning;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.michishirube.api.browse.SittingView;
import org.michishirube.api.planning.PlanViews.MilestoneView;
import org.michishirube.api.planning.PlanViews.Named;
import org.michishirube.api.planning.PlanViews.PlanAnswer;
import org.michishirube.api.planning.PlanViews.WeekView;

/**
 * A plan as an iCalendar file (RFC 5545) for calendar apps: one all-day event per study week listing its targets, the
 * exam days of each sitting (every stage), application deadlines with an alarm a week before, and the waits, in
 * Asia/Tokyo. Exam hours are not in the dataset, so exam days are shown 10:00–17:00 JST, as HIT has been sat.
 */
final class PlanCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private PlanCalendar() {
    }

    static String render(PlanAnswer answer, String name, Instant made) {
        StringBuilder ics = new StringBuilder();
        header(ics, name);
        String stamp = STAMP.format(made);
        String key = Integer.toHexString((name + made).hashCode());
        List<WeekView> weeks = answer.schedule() == null ? List.of() : answer.schedule();
        for (WeekView w : weeks) {
            if (w.blocks().isEmpty()) {
                continue; // a week off: nothing to study
            }
            StringBuilder what = new StringBuilder();
            w.blocks().forEach(b -> {
                Named target = answer.steps().get(b.step() - 1).target();
                what.append(b.step()).append(". ").append(label(target)).append(" (").append(target.id()).append("): ").append(b.hours()).append(" h\n");
            });
            allDay(ics, "week-" + w.week() + "-" + key, stamp, w.start(), w.start().plusDays(7),
                    "学習 / Study week " + w.week() + ": " + w.hours() + " h", what.toString().trim(), true);
        }
        int i = 0;
        for (MilestoneView m : answer.milestones()) {
            i++;
            String credential = label(m.credential());
            if ("wait".equals(m.kind())) {
                allDay(ics, "wait-" + i + "-" + key, stamp, m.earliest(), m.earliest().plusDays(1),
                        "受験資格 / Eligible: " + credential, m.missingYears() + " more year(s) of " + m.experience() + " done", true);
                continue;
            }
            SittingView s = m.sitting();
            if (s == null) {
                allDay(ics, "ready-" + i + "-" + key, stamp, m.earliest(), m.earliest().plusDays(1),
                        "受験準備完了 / Ready for the exam: " + credential,
                        "既知の試験日なし / No known sitting: check the exam body's announcements", true);
                continue;
            }
            String projected = s.projected() ? " (予測 / projected)" : "";
            int stage = 0;
            for (SittingView.StageView st : s.stages()) {
                stage++;
                String stageName = s.stages().size() > 1 ? " [" + st.stage() + "]" : "";
                for (LocalDate day : st.examDays()) {
                    line(ics, "BEGIN:VEVENT");
                    line(ics, "UID:exam-" + i + "-" + stage + "-" + DATE.format(day) + "-" + key + "@michishirube");
                    line(ics, "DTSTAMP:" + stamp);
                    line(ics, "DTSTART;TZID=Asia/Tokyo:" + DATE.format(day) + "T100000");
                    line(ics, "DTEND;TZID=Asia/Tokyo:" + DATE.format(day) + "T170000");
                    line(ics, "SUMMARY:" + text("試験 / Exam: " + credential + stageName + projected));
                    line(ics, "DESCRIPTION:" + text("Source: " + s.source() + " (" + s.verification() + ")"
                            + (s.note() == null ? "" : "\n" + s.note())));
                    line(ics, "END:VEVENT");
                }
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:apply-" + i + "-" + stage + "-" + key + "@michishirube");
                line(ics, "DTSTAMP:" + stamp);
                line(ics, "DTSTART;VALUE=DATE:" + DATE.format(st.applicationCloses()));
                line(ics, "DTEND;VALUE=DATE:" + DATE.format(st.applicationCloses().plusDays(1)));
                line(ics, "SUMMARY:" + text("出願締切 / Application deadline: " + credential + stageName + projected));
                line(ics, "BEGIN:VALARM");
                line(ics, "ACTION:DISPLAY");
                line(ics, "DESCRIPTION:" + text("出願締切まで1週間 / One week to the application deadline: " + credential));
                line(ics, "TRIGGER:-P7D");
                line(ics, "END:VALARM");
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** {@return the calendar's name: the plan's goal} */
    static String title(PlanAnswer answer) {
        return "道標 / Michishirube: " + String.join(", ", answer.goal().items().stream().map(PlanCalendar::label).toList());
    }

    /** {@return the calendar as a download named plan.ics} */
    static org.springframework.http.ResponseEntity<String> attachment(String ics) {
        return attachment(ics, "plan.ics");
    }

    /** {@return the calendar as a download with this file name} */
    static org.springframework.http.ResponseEntity<String> attachment(String ics, String file) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(MEDIA_TYPE + ";charset=UTF-8")).body(ics);
    }

    /** {@return a renewal as a calendar: the window opening, the deadline with an alarm a week before, the expiry} */
    static String renewal(Renewals.RenewalView r, Instant made) {
        StringBuilder ics = new StringBuilder();
        header(ics, "道標 / Michishirube: 更新 / renewal " + label(r.credential()));
        String stamp = STAMP.format(made);
        String key = r.credential().id() + "-" + r.renewal() + "-" + r.expires();
        String credential = label(r.credential());
        String needs = "ポイント / points: " + r.pointsMissing() + " of " + r.pointsNeeded() + " still needed"
                + (r.seminarMissing() ? "; 生涯研修セミナー未受講 / the lifelong-learning seminar is still to take" : "");
        allDay(ics, "renew-opens-" + key, stamp, r.applicationOpens(), r.applicationOpens().plusDays(1),
                "更新申請開始 / Renewal applications open: " + credential, needs, true);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:renew-closes-" + key + "@michishirube");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(r.applicationCloses()));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(r.applicationCloses().plusDays(1)));
        line(ics, "SUMMARY:" + text("更新申請締切 / Renewal deadline: " + credential));
        line(ics, "DESCRIPTION:" + text(needs + "\nSource: " + r.source()));
        line(ics, "BEGIN:VALARM");
        line(ics, "ACTION:DISPLAY");
        line(ics, "DESCRIPTION:" + text("更新申請締切まで1週間 / One week to the renewal deadline: " + credential));
        line(ics, "TRIGGER:-P7D");
        line(ics, "END:VALARM");
        line(ics, "END:VEVENT");
        allDay(ics, "renew-expires-" + key, stamp, r.expires(), r.expires().plusDays(1),
                "資格の有効期限 / Credential expires: " + credential, needs, true);
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void header(StringBuilder ics, String name) {
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Michishirube//Learning plan//JA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:Asia/Tokyo");
        // Japan has kept +09:00 without daylight saving since 1951, so one standard observance describes the zone.
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:Asia/Tokyo");
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0900");
        line(ics, "TZOFFSETTO:+0900");
        line(ics, "TZNAME:JST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
    }

    private static void allDay(StringBuilder ics, String uid, String stamp, LocalDate from, LocalDate to, String summary,
                               String description, boolean transparent) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid + "@michishirube");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DATE.format(from));
        line(ics, "DTEND;VALUE=DATE:" + DATE.format(to));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "DESCRIPTION:" + text(description));
        if (transparent) {
            line(ics, "TRANSP:TRANSPARENT"); // study weeks and reminders do not make the learner look busy
        }
        line(ics, "END:VEVENT");
    }

    private static String label(Named n) {
        return n.name() == null ? n.id() : n.name().ja() + " (" + n.name().en() + ")";
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    private static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines end in CRLF and fold at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int len = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += len;
            i += Character.charCount(cp);
        }
        ics.append(out).append("\r\n");
    }
}
