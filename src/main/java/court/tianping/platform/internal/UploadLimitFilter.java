package court.tianping.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A form over the upload limits ({@code spring.servlet.multipart}) loses all its fields, the CSRF token
 * among them, and the servlet container refuses it with a bare error page as soon as anyone reads a
 * parameter. So before Spring Security reads one, this filter reads the parts itself: when that fails with
 * {@link MaxUploadSizeExceededException}, the user goes back to the page the form was on, told the limits.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final MultipartResolver multipart;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    UploadLimitFilter(MultipartResolver multipart, MessageSource messages, LocaleResolver locales,
                      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.multipart = multipart;
        this.messages = messages;
        this.locales = locales;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart.isMultipart(request)) {
            try {
                multipart.resolveMultipart(request);
            } catch (MaxUploadSizeExceededException e) {
                refuse(request, response);
                return;
            } catch (MultipartException e) {
                // not about size: left to the container, as before
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.upload-too-large",
                new Object[]{maxFileSize.toBytes() / MEGABYTE, maxRequestSize.toBytes() / MEGABYTE}, locale);
        String back = localPath(request.getHeader("Referer"), request.getContextPath());
        if (back == null) {
            response.setStatus(413);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put("failure", message);
        flash.setTargetRequestPath(request.getContextPath() + back);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + back);
    }

    /** The page the form was on, within this application; never a link elsewhere, whatever the header says. */
    static String localPath(String referer, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            String path = new URI(referer).getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            path = path.substring(contextPath.length());
            return path.startsWith("//") || path.contains("\\") ? null : path;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
