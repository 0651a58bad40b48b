package org.iclei.africa.resilient.admin.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.junit.jupiter.api.Test;

/** Every service of the back office is for administrators only, as a whole: no method opens it to others. */
class AdminServicesTest {

    @Test
    void everyBackOfficeServiceIsForAdministratorsOnly() throws IOException, URISyntaxException {
        List<Class<?>> services = services();
        assertFalse(services.isEmpty());
        for (Class<?> service : services) {
            RolesAllowed roles = service.getAnnotation(RolesAllowed.class);
            assertNotNull(roles, service + " has no @RolesAllowed");
            assertArrayEquals(new String[] {Role.ADMIN_NAME}, roles.value(), service.getName());
            for (Method method : service.getDeclaredMethods()) {
                assertFalse(method.isAnnotationPresent(PermitAll.class), method.toString());
                RolesAllowed own = method.getAnnotation(RolesAllowed.class);
                if (own != null) {
                    assertArrayEquals(new String[] {Role.ADMIN_NAME}, own.value(), method.toString());
                }
            }
        }
    }

    private static List<Class<?>> services() throws IOException, URISyntaxException {
        Path folder = Path.of(AuditLog.class.getResource("AuditLog.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load(AuditLog.class.getPackageName() + "." + n.substring(0, n.length() - ".class".length())))
                    .<Class<?>>map(c -> c).filter(c -> c.isAnnotationPresent(Stateless.class)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
