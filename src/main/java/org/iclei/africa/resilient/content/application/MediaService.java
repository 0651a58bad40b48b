package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.MediaFileRepository;

/** The images uploaded for the public pages (pioneers' photos, supporters' logos), as they are served. */
@Stateless
public class MediaService {

    /** An image to send: its cleaned name, its media type (found from its content when uploaded) and its bytes. */
    public record Image(String fileName, String mediaType, byte[] content) {
    }

    @Inject
    MediaFileRepository media;

    public Optional<Image> image(long id) {
        return media.find(id).flatMap(m -> media.content(m).map(bytes -> new Image(m.getFileName(), m.getMediaType(), bytes)));
    }
}
