package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The resources of the public library and the files they hold. */
public interface LibraryResourceRepository {

    /** How many resources match {@code query} (its page is ignored). */
    long count(LibraryQuery query);

    /** The page of {@code query}'s results: newest publication year first, then by title. */
    List<LibraryResource> search(LibraryQuery query);

    /** The {@code howMany} resources added last. */
    List<LibraryResource> latest(int howMany);

    /** The resources about a pioneer city, newest first. */
    List<LibraryResource> byCity(PioneerCity city);

    Optional<LibraryResource> find(long id);

    Optional<StoredFile> file(long fileId);

    /** Every resource, by title (the back office's table). */
    List<LibraryResource> all();

    /** The resources filed under the topic. */
    List<LibraryResource> filedUnder(Topic topic);

    /** How many resources are filed under the topic. */
    long countByTopic(Topic topic);

    void add(LibraryResource resource);

    /** Removes a resource and its stored file, if it has one. */
    void remove(LibraryResource resource);

    /** Stores a file's bytes; it has its id on return. */
    void addFile(StoredFile file);

    /** Removes a stored file that no resource refers to any more (after the change that dropped it is written). */
    void removeFile(long fileId);

    /** Adds one to a resource's download count, in the database, without loading it. */
    void countDownload(long id);
}
