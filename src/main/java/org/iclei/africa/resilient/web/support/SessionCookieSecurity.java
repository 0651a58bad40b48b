package org.iclei.africa.resilient.web.support;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.iclei.africa.resilient.config.PortalSettings;

/**
 * Marks the session cookie {@code Secure} when the portal is reached over https ({@code PORTAL_BASE_URL}
 * starts with {@code https://}, behind a TLS proxy): the browser then never sends it over plain http. The
 * cookie's configuration can only change before the context has started, hence a listener (web.xml keeps
 * {@code HttpOnly} and {@code SameSite=Lax}).
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // read here, not injected: the listener runs before the portal's beans are wired
        apply(new PortalSettings(), event.getServletContext().getSessionCookieConfig());
    }

    static void apply(PortalSettings settings, SessionCookieConfig cookie) {
        if (settings.secureTransport()) {
            cookie.setSecure(true);
            LOG.info("PORTAL_BASE_URL is https: the session cookie is Secure");
        }
    }
}
