package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iclei.africa.resilient.shared.Languages;
import org.junit.jupiter.api.Test;

/**
 * The portal's sessions are distributable (web.xml): in a cluster a session, with the Faces views and the view- and
 * session-scoped beans kept in it, is serialised to the data grid after each request. So every session-, view- or
 * conversation-scoped bean is {@link Serializable}, and so is each field it keeps: a value of a serialisable type, a
 * collection, or an injected bean that CDI or the EJB container hands over as a serialisable proxy (a normal-scoped
 * bean or a session bean). ClusterIT shows the same on two running nodes.
 */
class SessionStateTest {

    private static final List<String> SESSION_SCOPES = List.of(SessionScoped.class.getName(), ConversationScoped.class.getName(),
            "jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped", "jakarta.faces.flow.FlowScoped");
    private static final List<Class<? extends Annotation>> PROXIED = List.of(ApplicationScoped.class, RequestScoped.class,
            SessionScoped.class, ConversationScoped.class, Stateless.class, Singleton.class);

    @Test
    void everyBeanKeptInASessionCanBeSerialisedWithAllItKeeps() throws Exception {
        List<Class<?>> kept = portalClasses().stream().filter(SessionStateTest::sessionScoped).toList();
        assertTrue(kept.size() >= 18, "the view- and session-scoped beans were found: " + kept);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : kept) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type.getName().startsWith("org.iclei."); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    String problem = problem(field);
                    if (problem != null) {
                        problems.add(type.getSimpleName() + "." + field.getName() + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String problem(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
            return null;
        }
        Class<?> type = field.getType();
        if (type.isPrimitive() || Serializable.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)) {
            return null;
        }
        if (field.isAnnotationPresent(Inject.class)) {
            return type.isInterface() || PROXIED.stream().anyMatch(type::isAnnotationPresent) ? null
                    : "injects " + type.getName() + ", neither serialisable nor a proxied (normal-scoped or session) bean";
        }
        return "keeps a " + type.getName() + ", which is not serialisable (make it so, or transient and rebuilt)";
    }

    private static boolean sessionScoped(Class<?> type) {
        return Stream.of(type.getAnnotations()).anyMatch(a -> SESSION_SCOPES.contains(a.annotationType().getName()));
    }

    private static List<Class<?>> portalClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Languages.class.getResource("Languages.class").toURI()).getParent().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName("org.iclei.africa.resilient." + name, false, SessionStateTest.class.getClassLoader());
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }
}
