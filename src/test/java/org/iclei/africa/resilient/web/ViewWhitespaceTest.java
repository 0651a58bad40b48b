package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view relies on white space just before a Faces tag. Mojarra 4.1 (Payara 7) drops the white space that ends the
 * markup before a tag of a Facelets library (eclipse-ee4j/mojarra#5989): {@code Step <ui:insert/>} renders "Step5"
 * there and "Step 5" on Mojarra 4.0 (Payara 6). A space that matters is written {@code #{' '}}, which both keep; white
 * space that does not matter is left out, so the page reads the same on both.
 */
class ViewWhitespaceTest {

    /** A start tag of the Faces libraries the views use (f: tags render nothing of their own). */
    private static final Pattern FACES_TAG = Pattern.compile("<(?:c|h|o|p|r|ui):\\w+");
    /** An end tag of the Faces libraries followed by text that is not white space. */
    private static final Pattern FACES_END_TAG = Pattern.compile("</(?:c|h|o|p|r|ui):\\w+>(?=[^\\s<])");
    /** HTML elements that sit in a line of text, after which white space is a visible space. */
    private static final Pattern INLINE_END = Pattern.compile("</(?:a|abbr|b|code|em|i|label|small|span|strong|time)>");
    /** Faces tags that write a piece of a line: text, a link, a button or a field. */
    private static final Pattern INLINE_TAG = Pattern.compile("<(?:h:(?:output\\w*|link|button|command\\w+|graphicImage"
            + "|input\\w+|select\\w+)|p:(?:command\\w+|link|button)|ui:insert|r:\\w+)");
    /** Faces tags that write only what they hold. */
    private static final Pattern WRAPPER_TAG = Pattern.compile("<(?:ui:(?:fragment|repeat)|c:(?:if|forEach|choose|when|otherwise))");
    /** HTML elements that start a block of their own, before which white space shows nothing. */
    private static final Pattern BLOCK_START = Pattern.compile("<(?:p|ul|ol|li|dl|div|table|tr|section|article|form|fieldset|h[1-6])[\\s>/]");

    @Test
    void noSpaceInAViewDependsOnTheFaceletsCompiler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                found.addAll(spacesBeforeTags(view.toString(), Files.readString(view)));
            }
        }
        assertTrue(found.isEmpty(), "white space before a Faces tag, which Mojarra 4.1 drops (write #{' '} where a "
                + "space is meant):\n" + String.join("\n", found));
    }

    @Test
    void theCheckFindsEachKindOfSpaceMojarraDrops() {
        assertEquals(1, spacesBeforeTags("v", "<p>Step <ui:insert name=\"n\"/> / 8</p>").size());
        assertEquals(1, spacesBeforeTags("v", "<p>#{a.name},\n    <h:outputText value=\"#{a.at}\"/></p>").size());
        assertEquals(1, spacesBeforeTags("v", "<p><ui:fragment rendered=\"#{x}\">Draft </ui:fragment>text</p>").size());
        assertEquals(0, spacesBeforeTags("v", "<p>Step#{' '}<ui:insert name=\"n\"/> / 8</p>").size());
        assertEquals(0, spacesBeforeTags("v", "</p>\n    <h:form/>\n    <div>text</div>\n    <ui:fragment/>").size());
        assertEquals(1, spacesBeforeTags("v", "<li>#{x}\n <ui:fragment rendered=\"#{y}\">· more</ui:fragment></li>").size());
        assertEquals(1, spacesBeforeTags("v", "<li>#{x}\n <c:if test=\"#{y}\">\n <h:link/></c:if></li>").size());
        assertEquals(1, spacesBeforeTags("v", "<li><a href=\"/x\">Edit</a>\n <h:form styleClass=\"inline-form\"/></li>").size());
        assertEquals(0, spacesBeforeTags("v", "<li>#{x}\n <ui:fragment rendered=\"#{y}\"> · more</ui:fragment></li>").size());
        assertEquals(0, spacesBeforeTags("v", "<li>#{x}\n <ui:fragment rendered=\"#{y}\"><p>more</p></ui:fragment></li>").size());
        assertEquals(0, spacesBeforeTags("v", "<li><a href=\"/x\">Edit</a>\n <h:form styleClass=\"form\"/></li>").size());
    }

    static List<String> spacesBeforeTags(String view, String markup) {
        List<String> found = new ArrayList<>();
        Matcher tag = FACES_TAG.matcher(markup);
        while (tag.find()) {
            String before = markup.substring(markup.lastIndexOf('>', tag.start()) + 1, tag.start());
            if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
                continue;
            }
            boolean afterText = !before.isBlank();
            boolean afterInline = !afterText && endsWith(markup, tag.start() - before.length(), INLINE_END);
            if ((afterText || afterInline) && writesInline(markup, tag.start())) {
                found.add(where(view, markup, tag.start()) + tail(before) + "␣" + tag.group());
            }
        }
        Matcher end = FACES_END_TAG.matcher(markup);
        while (end.find()) {
            String before = markup.substring(markup.lastIndexOf('>', end.start()) + 1, end.start());
            if (!before.isBlank() && Character.isWhitespace(before.charAt(before.length() - 1))) {
                found.add(where(view, markup, end.start()) + tail(before) + "␣" + end.group());
            }
        }
        return found;
    }

    /** Whether the Faces tag at {@code at} starts its output with a piece of a line (so a space before it shows). */
    private static boolean writesInline(String markup, int at) {
        String rest = markup.substring(at);
        if (INLINE_TAG.matcher(rest).lookingAt()) {
            return true;
        }
        int close = rest.indexOf('>');
        if (rest.startsWith("<h:form")) {
            return rest.substring(0, close).contains("inline-form");
        }
        if (!WRAPPER_TAG.matcher(rest).lookingAt() || rest.charAt(close - 1) == '/') {
            return false;
        }
        int body = at + close + 1;
        int content = body;
        while (content < markup.length() && Character.isWhitespace(markup.charAt(content))) {
            content++;
        }
        String inner = markup.substring(content);
        if (FACES_TAG.matcher(inner).lookingAt()) {
            return writesInline(markup, content);
        }
        boolean spaced = content > body;
        return !inner.startsWith("</") && !BLOCK_START.matcher(inner).lookingAt() && !spaced;
    }

    private static boolean endsWith(String markup, int end, Pattern element) {
        int start = markup.lastIndexOf('<', end - 1);
        return start >= 0 && element.matcher(markup.substring(start, end)).matches();
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() > 50 ? "…" + stripped.substring(stripped.length() - 50) : stripped;
    }

    private static String where(String view, String markup, int at) {
        return view + ":" + (markup.substring(0, at).split("\n", -1).length) + ": ";
    }
}
