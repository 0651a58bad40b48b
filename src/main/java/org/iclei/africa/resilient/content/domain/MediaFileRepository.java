package org.iclei.africa.resilient.content.domain;

import java.util.Optional;

/** The images uploaded for the public pages ({@link MediaFile}) and their bytes. */
public interface MediaFileRepository {

    /** Stores the bytes of an already checked image and what they are. */
    MediaFile store(String fileName, String mediaType, byte[] content);

    Optional<MediaFile> find(long id);

    /** The bytes of an image. */
    Optional<byte[]> content(MediaFile media);

    /** Deletes an image and its bytes; whatever showed it must have let go of it in this transaction. */
    void remove(MediaFile media);
}
