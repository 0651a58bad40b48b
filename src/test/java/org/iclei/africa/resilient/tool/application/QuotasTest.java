package org.iclei.africa.resilient.tool.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private static Quotas quotas() {
        Quotas quotas = new Quotas();
        quotas.settings = quota -> quota == Quota.EVIDENCE_MB ? 5 : quota == Quota.EVIDENCE_FILES ? 3 : quota.fallback();
        return quotas;
    }

    private static List<EvidenceFile> files(long... sizes) {
        return LongStream.of(sizes).mapToObj(size -> new EvidenceFile(1, 0, EvidenceKind.RISK, 1, "a.pdf", "application/pdf", size, "x", Instant.EPOCH))
                .toList();
    }

    @Test
    void theLastEntryUnderTheQuotaIsAllowedAndTheNextRefusedWithTheLimit() {
        quotas().roomForOneMore(Quota.RISKS, 199);
        BusinessException refused = assertThrows(BusinessException.class, () -> quotas().roomForOneMore(Quota.RISKS, 200));
        assertEquals(Quotas.REACHED, refused.getMessageKey());
        assertArrayEquals(new Object[] {200}, refused.getArguments());
        assertThrows(BusinessException.class, () -> quotas().roomForOneMore(Quota.WORKSHEET_ROWS, 500));
    }

    @Test
    void evidenceIsLimitedInFilesAndInMegabytes() {
        long mb = 1024L * 1024L;
        quotas().roomForFile(files(mb, mb), 2 * mb);
        assertEquals(Quotas.EVIDENCE, assertThrows(BusinessException.class, () -> quotas().roomForFile(files(1, 1, 1), 1)).getMessageKey());
        assertThrows(BusinessException.class, () -> quotas().roomForFile(files(2 * mb, 2 * mb), mb + 1));
    }
}
