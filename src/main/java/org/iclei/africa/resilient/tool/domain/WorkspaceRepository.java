package org.iclei.africa.resilient.tool.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Municipality;

/**
 * Workspaces with their members and invitations, the one place that finds them; implemented with JPA in
 * {@code tool.infrastructure}. Removing a workspace removes everything in it (the schema cascades).
 */
public interface WorkspaceRepository {

    Optional<Workspace> find(long id);

    Optional<Workspace> findByMunicipality(Municipality municipality);

    /** Every workspace, by name. */
    List<Workspace> findAll();

    void add(Workspace workspace);

    /** Removes the workspace with its rows, members and invitations; none of them stays managed. */
    void remove(Workspace workspace);

    /** Locks the workspace's row until the transaction ends, so that two changes of its members happen one after the other. */
    void lock(Workspace workspace);

    /** The membership of the account with this e-mail address, written in any case. */
    Optional<WorkspaceMember> findMemberByEmail(String email);

    Optional<WorkspaceMember> findMember(long id);

    /** The members, by name. */
    List<WorkspaceMember> members(Workspace workspace);

    /** The members with this role, the earliest first. */
    List<WorkspaceMember> members(Workspace workspace, MemberRole role);

    long countMembers(Workspace workspace);

    void addMember(WorkspaceMember member);

    /** Removes the membership at once: the account may join again in the same transaction. */
    void removeMember(WorkspaceMember member);

    Optional<WorkspaceInvitation> findInvitation(long id);

    /** The invitation of a link, by the hash of its token. */
    Optional<WorkspaceInvitation> findInvitationByHash(String hash);

    /** Invitations to this address not yet accepted nor expired at {@code now}, the newest first. */
    List<WorkspaceInvitation> openInvitationsTo(String email, Instant now);

    /** The workspace's invitations not yet accepted nor expired at {@code now}, the oldest first. */
    List<WorkspaceInvitation> openInvitations(Workspace workspace, Instant now);

    long countInvitationsSince(Workspace workspace, Instant since);

    void addInvitation(WorkspaceInvitation invitation);

    void removeInvitation(WorkspaceInvitation invitation);

    /** The figures of every workspace, by workspace id (a workspace without members or changes may be missing). */
    java.util.Map<Long, WorkspaceStats> stats();

    /**
     * Moves everything of {@code from} — members, invitations, rows, their evidence, history, ticks and step marks that
     * {@code into} does not have yet — into {@code into}, then removes {@code from}. Its access is merged by
     * {@link Workspace#absorbAccess} beforehand by the caller.
     */
    void mergeInto(Workspace from, Workspace into);
}
