package org.iclei.africa.resilient.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.junit.jupiter.api.Test;

/** Photos of pioneer cities and logos of supporters: what is shown, and what is handed back to be deleted. */
class PioneerPhotosTest {

    private static long ids = 100;

    @Test
    void photosAreShownInTheOrderTheyWereAddedAndRemovedOneByOne() {
        PioneerCity city = city();
        MediaFile first = media("dunga.png");
        MediaFile second = media("kisumu.jpg");
        PioneerPhoto one = withId(city.addPhoto(first, "Dunga"));
        PioneerPhoto two = withId(city.addPhoto(second, null));
        assertEquals(List.of(one, two), city.getPhotos());
        assertTrue(one.getPosition() < two.getPosition());

        assertEquals(Optional.of(first), city.removePhoto(one.getId()));
        assertEquals(List.of(two), city.getPhotos());
        assertEquals(Optional.empty(), city.removePhoto(one.getId()), "gone already");
        PioneerPhoto three = withId(city.addPhoto(media("third.png"), null));
        assertTrue(three.getPosition() > two.getPosition(), "a new photo goes last");
    }

    @Test
    void theStaticDemoPhotoCanBeRemovedToo() {
        PioneerCity city = city();
        city.describe(100L, null, null, 2009, "maputo.svg");
        city.removeStaticPhoto();
        assertNull(city.getPhoto());
        assertEquals(100L, city.getPopulation());
    }

    @Test
    void anUploadedLogoReplacesTheStaticOneAndHandsBackTheOneItReplaces() {
        Supporter supporter = new Supporter("IDRC", SupporterKind.FUNDER, "https://www.idrc.ca", "idrc.svg", 1);
        MediaFile first = media("idrc.png");
        assertEquals(Optional.empty(), supporter.useLogo(first));
        assertNull(supporter.getLogo(), "the static logo is no longer shown");
        assertEquals(first, supporter.getLogoMedia());
        MediaFile second = media("idrc-2024.png");
        assertEquals(Optional.of(first), supporter.useLogo(second));
        assertEquals(Optional.of(second), supporter.removeLogo());
        assertNull(supporter.getLogoMedia());
    }

    @Test
    void textsOfOneLanguageCanBeDropped() {
        PioneerCity city = city();
        city.putText("en", "Summary", "", "", "", "");
        city.putText("fr", "Résumé", "", "", "", "");
        city.removeText("fr");
        assertTrue(city.ownText("fr").isEmpty());
        assertTrue(city.text("fr").orElseThrow().fallback(), "French visitors get the English text, marked as such");
    }

    @Test
    void anImageHasAnAddressOfItsOwn() {
        MediaFile image = media("dunga.png");
        assertEquals("/media/" + image.getId() + "/dunga.png", image.getPath());
        assertEquals("image/png", image.getMediaType());
    }

    private static PioneerCity city() {
        return new PioneerCity("kisumu", "Kisumu", new Country("KE", new LocalizedName("Kenya", null, null)), 1);
    }

    private static MediaFile media(String name) {
        return withId(new MediaFile(withId(new StoredFile(new byte[] {1})), name, "image/png", 1));
    }

    private static <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, ++ids);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
