package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A photo of a pioneer city uploaded in the back office, with an optional caption (also its alternative text). */
@Entity
@Table(name = "pioneer_photo")
public class PioneerPhoto extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_id")
    private PioneerCity city;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "media_id")
    private MediaFile media;

    @Column(nullable = false)
    private int position;

    @Column(length = 300)
    private String caption;

    protected PioneerPhoto() {
        // for JPA
    }

    PioneerPhoto(PioneerCity city, MediaFile media, int position, String caption) {
        this.city = city;
        this.media = Objects.requireNonNull(media);
        this.position = position;
        this.caption = caption;
    }

    public MediaFile getMedia() {
        return media;
    }

    public int getPosition() {
        return position;
    }

    public String getCaption() {
        return caption;
    }
}
