package org.phaen.instruments;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFilesTest {

    @ParameterizedTest
    @ValueSource(strings = { "../../etc/passwd", "a/b", "..", ".hidden", "/abs/path", "C:\\win\\x", "x\u0000y", "", "แบบ/สอบถาม", "..\\..\\up" })
    void hostileCodesStayInsideTheOutputFolder(String code) {
        Path out = Path.of("/tmp/phaen-out");
        Path file = OutputFiles.inside(out, code, "docx");
        assertEquals(out, file.getParent(), code + " -> " + file);
        assertFalse(file.getFileName().toString().startsWith("."), file.toString());
        assertFalse(file.getFileName().toString().contains(".."), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PRG-2562-PLK62-01", "แบบสอบถาม-2562", "KPI_2562.v3" })
    void ordinaryCodesKeepTheirName(String code) {
        assertEquals(code + ".html", OutputFiles.inside(Path.of("/tmp/o"), code, "html").getFileName().toString());
    }
}
