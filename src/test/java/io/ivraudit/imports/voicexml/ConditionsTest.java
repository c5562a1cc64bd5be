package io.ivraudit.imports.voicexml;

import static io.ivraudit.imports.voicexml.Conditions.Truth.FALSE;
import static io.ivraudit.imports.voicexml.Conditions.Truth.TRUE;
import static io.ivraudit.imports.voicexml.Conditions.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions decided by the field values a caller chose, and the expressions a document's constants give. */
class ConditionsTest {
    private static final Map<String, String> SALES = Map.of("dept", "sales", "n", "1", "ok", "false");

    @Test void comparisonsWithLiteralsAreDecided() {
        assertEquals(TRUE, Conditions.eval("dept == 'sales'", SALES));
        assertEquals(TRUE, Conditions.eval("\"sales\" === dept", SALES));
        assertEquals(FALSE, Conditions.eval("dept != 'sales'", SALES));
        assertEquals(TRUE, Conditions.eval("n == 1.0", SALES), "loose equality of numbers");
        assertEquals(TRUE, Conditions.eval("!(dept == 'x' || ok) && application.dept == 'sales'", SALES));
        assertEquals(FALSE, Conditions.eval("ok", SALES));
    }

    @Test void anythingElseIsUnknown() {
        assertEquals(UNKNOWN, Conditions.eval("other == 'sales'", SALES));
        assertEquals(UNKNOWN, Conditions.eval("hour < 12", SALES));
        assertEquals(UNKNOWN, Conditions.eval("check(dept)", SALES));
        assertEquals(UNKNOWN, Conditions.eval("((((", SALES));
        assertEquals(UNKNOWN, Conditions.eval("", SALES));
        assertEquals(UNKNOWN, Conditions.eval("(".repeat(5000) + "ok" + ")".repeat(5000), SALES), "too long to read");
        assertEquals(TRUE, Conditions.eval("other == 'x' || dept == 'sales'", SALES), "true whatever the unknown is");
    }

    @Test void literalsComparedToAField() {
        assertEquals(List.of("billing", "repairs"),
            Conditions.literalsComparedTo("dept", "dept == 'billing' || 'repairs' === dept || other == 'x'"));
    }

    @Test void expressionsFoldConstantsAndRenderTheRest() {
        Map<String, String> constants = Map.of("next", "MainMenu");
        assertEquals("#MainMenu", Expressions.fold("'#' + application.next", constants).orElseThrow());
        assertEquals("sip:{digits}@example.com", Expressions.render("'sip:' + digits + '@example.com'", constants));
        assertEquals("f(x)", Expressions.render("f(x)", constants));
        assertEquals("Entered {n}", Expressions.spoken("'Entered ' + n"));
    }
}
