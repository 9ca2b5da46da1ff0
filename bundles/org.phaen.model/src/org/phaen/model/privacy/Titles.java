package org.phaen.model.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Titles and forms of address written before a Thai or English name: นาย นาง นางสาว, academic and professional
 * titles (ดร. ครู ผอ.), what villagers call their sages (พ่อ แม่ ยาย), and their English counterparts. A name
 * written with any of them is the same person; a redaction takes the title with it.
 */
public final class Titles {

    private static final List<String> ALL = Stream.of(
        "นาย", "นาง", "นางสาว", "น.ส.", "นส.", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.", "คุณ", "ท่าน",
        "ดร.", "ดร", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "อาจารย์", "อ.",
        "ครู", "คุณครู", "ผอ.", "ผู้อำนวยการ", "รองผู้อำนวยการ", "รอง ผอ.", "ศน.", "ศึกษานิเทศก์", "ศึกษาธิการ",
        "นายก", "ปลัด", "กำนัน", "ผู้ใหญ่", "ผู้ใหญ่บ้าน", "ผญ.", "อสม.",
        "พระ", "พระครู", "พระมหา", "หลวงพ่อ", "หลวงปู่", "พ่อ", "แม่", "พ่อใหญ่", "แม่ใหญ่", "ลุง", "ป้า", "ยาย", "ตา", "น้า", "ปู่", "ย่า",
        "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "ร.ต.", "จ.ส.อ.", "พ.ต.อ.", "พล.ต.ต.",
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "assoc. prof.", "asst. prof.", "kru")
        .map(t -> TextSkeleton.of(t, TextSkeleton.Profile.WORDS).text())
        .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList(); // longest first: นางสาว before นาง

    private Titles() {
    }

    /**
     * The name without the titles written before it ("นางสาว ดร. ก" gives "ก"). A title counts when a space or its
     * own dot ends it, or when it is the person's recorded {@code honorific}: "นางนวล" is a name, not นาง + นวล.
     */
    public static String strip(String name, String honorific) {
        String rest = name.strip();
        String own = honorific == null || honorific.isBlank() ? null : honorific.strip();
        boolean more = true;
        while (more) {
            more = false;
            if (own != null && rest.startsWith(own) && rest.length() > own.length()) {
                rest = rest.substring(own.length()).strip();
                more = true;
                continue;
            }
            TextSkeleton skeleton = TextSkeleton.of(rest, TextSkeleton.Profile.WORDS);
            for (String title : ALL) {
                if (skeleton.text().startsWith(title) && skeleton.text().length() > title.length()) {
                    int end = skeleton.originalEnd(title.length());
                    if (title.endsWith(".") || TextSkeleton.ignorable(rest.codePointAt(end))) {
                        rest = rest.substring(end).strip();
                        more = true;
                        break;
                    }
                }
            }
        }
        return rest;
    }

    /**
     * Where the titles written right before {@code end} of the skeleton begin (spaces between them and the name
     * skipped), or {@code end} when there is none.
     */
    static int startOfTitles(TextSkeleton skeleton, int end) {
        String text = skeleton.text();
        int at = end;
        boolean more = true;
        while (more) {
            more = false;
            for (String title : ALL) {
                if (text.startsWith(title, at - title.length())) {
                    at -= title.length();
                    more = true;
                    break;
                }
            }
        }
        return at;
    }
}
