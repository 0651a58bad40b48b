package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.MediaFile;
import org.iclei.africa.resilient.content.domain.MediaFileRepository;
import org.iclei.africa.resilient.content.domain.StoredFile;

/** {@link MediaFileRepository}: the image's row in {@code media_file}, its bytes in {@code stored_file}. */
@ApplicationScoped
public class JpaMediaFileRepository implements MediaFileRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public MediaFile store(String fileName, String mediaType, byte[] content) {
        StoredFile file = new StoredFile(content);
        em.persist(file);
        em.flush();
        MediaFile media = new MediaFile(file, fileName, mediaType, content.length);
        em.persist(media);
        return media;
    }

    @Override
    public Optional<MediaFile> find(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    @Override
    public Optional<byte[]> content(MediaFile media) {
        return Optional.ofNullable(em.find(StoredFile.class, media.getFileId())).map(StoredFile::getContent);
    }

    @Override
    public void remove(MediaFile media) {
        Long fileId = media.getFileId();
        em.remove(em.contains(media) ? media : em.merge(media));
        em.flush(); // the photo or logo that showed it, then the image row, before the bytes it points at
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file != null) {
            em.remove(file);
        }
    }
}
