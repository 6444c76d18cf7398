package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

/** The candidates of a {@code srcset}, as HTML's "parse a srcset attribute" reads them. */
class SrcsetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            a.png                                      | a.png
            ' a.png 1x,  b.png 2x '                    | a.png b.png
            a.png 600w,b.png 1200w                     | a.png b.png
            a.png,b.png                                | a.png,b.png
            a.png,, b.png                              | a.png b.png
            ',,a.png,'                                 | a.png
            data:image/png;base64,iVBO,RK5C 1x, b.png  | data:image/png;base64,iVBO,RK5C b.png
            a.png (x, y) 1x, b.png                     | a.png b.png
            'a.png\tunknown-descriptor\n,\fb.png'      | a.png b.png
            ' , '                                      | ''
            """)
    void readsEachCandidatesUrl(String srcset, String urls) {
        List<String> expected = urls.isEmpty() ? List.of() : Arrays.asList(urls.split(" "));
        assertEquals(
                expected,
                Srcset.urls(srcset.replace("\\t", "\t").replace("\\n", "\n").replace("\\f", "\f")));
    }
}
