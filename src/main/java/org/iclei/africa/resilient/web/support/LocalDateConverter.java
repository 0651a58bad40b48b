package org.iclei.africa.resilient.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;

/** Shows an {@link Instant} or a {@link LocalDate} as a date (no time, {@link DateFormats}) in the page's language and the server's time zone (output only). */
@FacesConverter("localDate")
public class LocalDateConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("localDate is for output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DateFormats.date(date, context.getViewRoot().getLocale());
        }
        return DateFormats.date((Instant) value, context.getViewRoot().getLocale());
    }
}
