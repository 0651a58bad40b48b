package org.iclei.africa.resilient.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads, in views, the properties a record offers through a getter of its own besides its components (e.g.
 * {@code #{item.labelKey}} from {@code Navigation.Item.getLabelKey()}). Jakarta EL 5 (Jakarta EE 10) reads them as bean
 * properties; Jakarta EL 6 (Jakarta EE 11, Payara 7) reads a record through its components only and calls such a
 * property unreadable. Registered in faces-config.xml, so it comes before the server's resolvers on both lines: the same
 * WAR runs on both. Components themselves are left to the server.
 */
public class RecordGetterResolver extends ELResolver {

    /** Per record class and property: its getter, or {@link #NONE}. */
    private static final Map<Class<?>, Map<String, Method>> GETTERS = new ConcurrentHashMap<>();
    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method getter = getter(base, property);
        if (getter == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return getter.invoke(base);
        } catch (IllegalAccessException e) {
            throw new jakarta.el.ELException(e);
        } catch (InvocationTargetException e) {
            throw new jakarta.el.ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method getter = getter(base, property);
        if (getter == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (getter(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (getter(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    /** The public getter of a record's property that is not one of its components, or null. */
    static Method getter(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name) || name.isEmpty()) {
            return null;
        }
        Method getter = GETTERS.computeIfAbsent(base.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(base.getClass(), n));
        return getter == NONE ? null : getter;
    }

    private static Method find(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return NONE;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return NONE; // the server reads components
            }
        }
        String suffix = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                Method method = type.getMethod(prefix + suffix);
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                        && (prefix.equals("get") || method.getReturnType() == boolean.class)) {
                    return method;
                }
            } catch (NoSuchMethodException absent) {
                // try the next prefix
            }
        }
        return NONE;
    }
}
