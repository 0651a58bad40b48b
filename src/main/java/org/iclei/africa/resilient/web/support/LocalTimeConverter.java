package org.iclei.africa.resilient.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Shows an {@link Instant} as a date and time in the page's language ({@link DateFormats}, 24-hour) and the server's time zone (output only). */
@FacesConverter("localTime")
public class LocalTimeConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("localTime is for output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateFormats.dateTime(value, context.getViewRoot().getLocale());
    }
}
