package vn.sen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

@SenIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerification verification;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    record Summary(String name, int version) {}

    @AfterEach
    void forgetActorAndRequest() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    private List<AuditEntry> entriesOf(String recordId) {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit.entry where record_id = ? order by sequence")
                .param(recordId)
                .query(AuditChain::read)
                .list();
    }

    private AuditEntry recordOne(String recordId) {
        tx.executeWithoutResult(s -> trail.recordAs("tester", "TEST_APPENDED", "TestRecord", recordId, null, null, 1));
        return entriesOf(recordId).get(0);
    }

    private ChainVerification verifyAsAdministrator() {
        TestActors.actAs(TestActors.systemAdmin("AUDIT_READ"));
        return verification.verify();
    }

    @Test
    void recordsActorDelegatorAddressAndSummaries() {
        UUID agency = UUID.randomUUID();
        UUID delegation = UUID.randomUUID();
        Actor delegate = new Actor(
                UUID.randomUUID(),
                "pho-phong-" + unique(),
                "Lê Thị Phó",
                agency,
                null,
                false,
                Set.of("STAFF"),
                new Actor.OnBehalfOf(UUID.randomUUID(), "truong-phong", "Trần Văn Trưởng", delegation));
        TestActors.actAs(delegate);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String recordId = unique();

        tx.executeWithoutResult(s -> trail.record(
                "UNIT_RENAMED", "Unit", recordId, agency, new Summary("Phòng A", 1), new Summary("Phòng B", 2)));

        AuditEntry e = entriesOf(recordId).get(0);
        assertThat(e.actor()).isEqualTo(new AuditEntry.Person(delegate.accountId(), delegate.username(), "Lê Thị Phó"));
        assertThat(e.onBehalfOf())
                .isEqualTo(new AuditEntry.Delegator(
                        delegate.onBehalfOf().accountId(), "truong-phong", "Trần Văn Trưởng", delegation));
        assertThat(e.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(e.action()).isEqualTo("UNIT_RENAMED");
        assertThat(e.recordType()).isEqualTo("Unit");
        assertThat(e.agencyId()).isEqualTo(agency);
        assertThat(e.before()).isEqualTo("{\"name\":\"Phòng A\",\"version\":1}");
        assertThat(e.after()).isEqualTo("{\"name\":\"Phòng B\",\"version\":2}");
        assertThat(e.hash()).isEqualTo(EntryHash.of(e));
    }

    @Test
    void recordsSystemWithoutAddressOutsideARequest() {
        // The test framework binds a mock request to every test thread; this test runs outside of any.
        RequestContextHolder.resetRequestAttributes();
        String recordId = unique();
        tx.executeWithoutResult(s -> trail.record("SEEDED", "TestRecord", recordId, null, null, null));

        AuditEntry e = entriesOf(recordId).get(0);
        assertThat(e.actor()).isEqualTo(new AuditEntry.Person(null, "system", null));
        assertThat(e.onBehalfOf()).isNull();
        assertThat(e.clientAddress()).isNull();
    }

    @Test
    void recordsTheGivenNameForEventsWithoutAnActor() {
        String recordId = unique();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        trail.recordAs("ke-la-mat", "LOGIN_FAILED", "Account", recordId, null, null, null);

        AuditEntry e = entriesOf(recordId).get(0);
        assertThat(e.actor().username()).isEqualTo("ke-la-mat");
        assertThat(e.actor().accountId()).isNull();
        assertThat(e.clientAddress()).isEqualTo("198.51.100.4");
    }

    @Test
    void leavesNoEntryWhenTheCallersTransactionRollsBack() {
        String recordId = unique();
        long headBefore = head();

        tx.executeWithoutResult(s -> {
            trail.record("AGENCY_CREATED", "Agency", recordId, null, null, new Summary("x", 0));
            s.setRollbackOnly();
        });

        assertThat(entriesOf(recordId)).isEmpty();
        assertThat(head()).isEqualTo(headBefore);
        assertThat(verifyAsAdministrator().intact()).isTrue();
    }

    @Test
    void anotherTransactionAppendsWhileOneThatRecordedIsStillAtWork() throws Exception {
        String slow = unique();
        String quick = unique();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch quickDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowWork = pool.submit(() -> tx.executeWithoutResult(s -> {
                trail.recordAs("slow", "TEST_SLOW", "TestRecord", slow, null, null, null);
                recorded.countDown();
                try {
                    // The rest of a long use case; the chain's head must not be held meanwhile.
                    assertThat(quickDone.await(20, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(recorded.await(20, TimeUnit.SECONDS)).isTrue();
            trail.recordAs("quick", "TEST_QUICK", "TestRecord", quick, null, null, null);
            quickDone.countDown();
            slowWork.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // Written when each committed: the quick one first.
        assertThat(entriesOf(slow).get(0).sequence())
                .isGreaterThan(entriesOf(quick).get(0).sequence());
        assertThat(verifyAsAdministrator().intact()).isTrue();
    }

    @Test
    void anEntryRecordedWhileTheTransactionCommitsIsStillWritten() {
        String first = unique();
        String late = unique();

        tx.executeWithoutResult(s -> {
            trail.recordAs("tester", "TEST_FIRST", "TestRecord", first, null, null, null);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    trail.recordAs("tester", "TEST_LATE", "TestRecord", late, null, null, null);
                }
            });
        });
        tx.executeWithoutResult(
                s -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        trail.recordAs("tester", "TEST_LATE", "TestRecord", late, null, null, null);
                    }
                }));

        assertThat(entriesOf(first)).hasSize(1);
        assertThat(entriesOf(late)).hasSize(2);
        assertThat(verifyAsAdministrator().intact()).isTrue();
    }

    private long head() {
        return jdbc.sql("select last_sequence from audit.chain_head")
                .query(Long.class)
                .single();
    }

    @Test
    void keepsOneUnbrokenChainUnderConcurrentAppends() throws Exception {
        String actor = "concurrent-" + unique();
        int threads = 4;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String id = unique();
                    tx.executeWithoutResult(
                            s -> trail.recordAs(actor, "TEST_CONCURRENT", "TestRecord", id, null, null, null));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Map<String, Object>> ours = jdbc.sql(
                        """
                        select e.sequence, e.prev_hash, p.hash as previous_hash
                        from audit.entry e left join audit.entry p on p.sequence = e.sequence - 1
                        where e.actor_username = ?""")
                .param(actor)
                .query()
                .listOfRows();
        assertThat(ours).hasSize(threads * perThread);
        assertThat(ours).allSatisfy(row -> assertThat(row.get("prev_hash")).isEqualTo(row.get("previous_hash")));
        assertThat(verifyAsAdministrator().intact()).isTrue();
    }

    @Test
    void refusesUpdateDeleteAndTruncate() {
        AuditEntry e = recordOne(unique());
        List<String> statements = List.of(
                "update audit.entry set action = 'FORGED' where sequence = " + e.sequence(),
                "delete from audit.entry where sequence = " + e.sequence(),
                "truncate audit.entry");
        for (String sql : statements) {
            // Inside a transaction that is rolled back anyway: the shared chain must survive even a failing test.
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                        s.setRollbackOnly();
                        jdbc.sql(sql).update();
                    }))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("append-only: ");
        }
        assertThat(entriesOf(e.recordId())).containsExactly(e);
    }

    @Test
    void detectsAnEditedEntryBehindADisabledTrigger() {
        AuditEntry edited = recordOne(unique());
        recordOne(unique());

        ChainVerification result = tampered("update audit.entry set record_id = 'forged' where sequence = ?", edited);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(edited.sequence());
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.HASH_MISMATCH);
        assertThat(verifyAsAdministrator().intact()).isTrue();
    }

    @Test
    void detectsAReplacedEntryWhoseHashWasRecomputed() {
        AuditEntry replaced = recordOne(unique());
        recordOne(unique());
        AuditEntry forged = new AuditEntry(
                replaced.sequence(),
                replaced.occurredAt(),
                replaced.actor(),
                replaced.onBehalfOf(),
                "FORGED",
                replaced.recordType(),
                replaced.recordId(),
                replaced.agencyId(),
                replaced.clientAddress(),
                replaced.before(),
                replaced.after(),
                replaced.prevHash(),
                "");

        ChainVerification result = tampered(
                "update audit.entry set action = 'FORGED', hash = '" + EntryHash.of(forged) + "' where sequence = ?",
                replaced);

        assertThat(result.firstBrokenSequence()).isEqualTo(replaced.sequence() + 1);
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void detectsADeletedEntry() {
        AuditEntry deleted = recordOne(unique());
        recordOne(unique());

        ChainVerification result = tampered("delete from audit.entry where sequence = ?", deleted);

        assertThat(result.firstBrokenSequence()).isEqualTo(deleted.sequence());
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.MISSING_ENTRY);
    }

    @Test
    void detectsADeletedLastEntry() {
        AuditEntry last = recordOne(unique());

        ChainVerification result = tampered("delete from audit.entry where sequence = ?", last);

        assertThat(result.firstBrokenSequence()).isEqualTo(last.sequence());
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.MISSING_ENTRY);
    }

    /**
     * Tampers as a superuser would, with the trigger disabled, and verifies inside the same transaction; the
     * transaction is then rolled back, so the shared chain stays intact for every other test.
     */
    private ChainVerification tampered(String sql, AuditEntry target) {
        assertThat(verifyAsAdministrator().intact()).isTrue();
        return tx.execute(s -> {
            s.setRollbackOnly();
            jdbc.sql("alter table audit.entry disable trigger entry_append_only")
                    .update();
            assertThat(jdbc.sql(sql).param(target.sequence()).update()).isEqualTo(1);
            jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
            return verification.verify();
        });
    }

    @Test
    void refusesVerificationToAgencyAuditors() {
        TestActors.actAs(TestActors.staff(UUID.randomUUID(), "AUDIT_READ"));
        assertThatThrownBy(() -> verification.verify())
                .isInstanceOfSatisfying(vn.sen.shared.error.SenException.class, e -> assertThat(e.code())
                        .isEqualTo("AUDIT_VERIFICATION_SYSTEM_WIDE_ONLY"));
    }
}
