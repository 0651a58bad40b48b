package org.iclei.africa.resilient.web.support;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of being sent, so that {@link PublicPageCache} can keep a rendered
 * page and send it compressed. Headers and status go to the real response as usual; a redirect or an error goes on
 * at once and marks the response as one not to keep.
 */
class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** The bytes written so far (the writer flushed first). */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Whether a redirect or an error was sent: the body is the container's, not kept here. */
    boolean passedOn() {
        return passedOn;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a kept page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedOn = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        passedOn = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() {
        // kept until the page is complete
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush(); // what the writer still holds goes too
        }
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        resetBuffer();
        writer = null;
        stream = null;
        super.reset();
    }

    @Override
    public void setContentLength(int length) {
        // the length of what is finally sent is set then
    }

    @Override
    public void setContentLengthLong(long length) {
        // the length of what is finally sent is set then
    }

    @Override
    public boolean isCommitted() {
        return passedOn || super.isCommitted();
    }
}
