package court.tianping.platform.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

/**
 * Chinese unless the user chose English (a cookie set by {@code ?lang=en}). API callers are
 * answered in the language of their Accept-Language header.
 */
class TianpingLocaleResolver implements LocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String COOKIE = "tianping-lang";
    private static final String CHOSEN = TianpingLocaleResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return fromHeader(request.getHeader("Accept-Language"));
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? CHINESE : supported(locale.getLanguage());
        request.setAttribute(CHOSEN, chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    static Locale fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
            String language = range.getRange().toLowerCase(Locale.ROOT);
            if (language.startsWith("zh")) {
                return CHINESE;
            }
            if (language.startsWith("en")) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    private static Locale supported(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }
}
