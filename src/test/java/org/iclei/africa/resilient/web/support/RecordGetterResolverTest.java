package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ExpressionFactory;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.Test;

/** A record's own getters are read for views as Jakarta EL 5 read them; its components are left to the server's resolvers. */
class RecordGetterResolverTest {

    private final RecordGetterResolver resolver = new RecordGetterResolver();

    private static ELContext context() {
        return new StandardELContext(ExpressionFactory.newInstance());
    }

    @Test
    void aRecordsOwnGetterIsReadAndResolved() {
        ELContext context = context();
        Navigation.Item item = new Navigation.Item("about", "/about");
        assertEquals("nav.about", resolver.getValue(context, item, "labelKey"));
        assertTrue(context.isPropertyResolved());
        assertTrue(resolver.isReadOnly(context(), item, "labelKey"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), item, "labelKey", "x"));
    }

    @Test
    void componentsOtherObjectsAndUnknownNamesAreLeftToTheServer() {
        Navigation.Item item = new Navigation.Item("about", "/about");
        for (Object[] probe : new Object[][] {{item, "id"}, {item, "path"}, {item, "nothing"}, {item, ""}, {"text", "bytes"}, {null, "x"},
                {item, 3}}) {
            ELContext context = context();
            assertNull(resolver.getValue(context, probe[0], probe[1]));
            assertFalse(context.isPropertyResolved(), java.util.Arrays.toString(probe));
        }
    }
}
