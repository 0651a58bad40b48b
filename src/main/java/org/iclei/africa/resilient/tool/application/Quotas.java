package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.tool.domain.Quota;

/**
 * Refuses an addition that would take a workspace beyond its {@link Quota}: the save is refused with a message that
 * names the limit ({@link #REACHED}, {@link #EVIDENCE}) and nothing already saved changes. Edits of existing rows are
 * always allowed.
 */
@ApplicationScoped
public class Quotas {

    public static final String REACHED = "quota.reached";
    public static final String EVIDENCE = "quota.evidence";
    private static final long MB = 1024L * 1024L;

    @Inject
    QuotaSettings settings;

    /** @throws BusinessException {@link #REACHED} when {@code count} entries already fill the quota */
    public void roomForOneMore(Quota quota, long count) {
        int max = settings.quota(quota);
        if (count >= max) {
            throw new BusinessException(REACHED, max);
        }
    }

    /** @throws BusinessException {@link #EVIDENCE} when one more file of {@code size} bytes would pass the files' quota or their size */
    public void roomForFile(List<EvidenceFile> files, long size) {
        int maxFiles = settings.quota(Quota.EVIDENCE_FILES);
        int maxMb = settings.quota(Quota.EVIDENCE_MB);
        long total = files.stream().mapToLong(EvidenceFile::size).sum();
        if (files.size() >= maxFiles || total + Math.max(0, size) > maxMb * MB) {
            throw new BusinessException(EVIDENCE, maxFiles, maxMb);
        }
    }
}
