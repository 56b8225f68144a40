package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sen.document.IncomingFixtures.actingFor;
import static vn.sen.document.IncomingFixtures.actor;
import static vn.sen.document.IncomingFixtures.draft;
import static vn.sen.document.IncomingFixtures.none;
import static vn.sen.document.IncomingFixtures.pdfUpload;
import static vn.sen.document.IncomingFixtures.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/** The use cases of incoming documents against the real database, as the demo staff of Sở KH&CN. */
@SenIntegrationTest
class IncomingDocumentIntegrationTests {

    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    IncomingRegistration registration;

    @Autowired
    IncomingRouting routing;

    @Autowired
    IncomingProcessing processing;

    @Autowired
    IncomingReading reading;

    @Autowired
    IncomingLists lists;

    @Autowired
    RegisterBookKeeper books;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    StaffDirectory staff;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    WorkingTime workingTime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String username, Callable<T> work) {
        return as(actor(staff, username), work);
    }

    private <T> T as(Actor actor, Callable<T> work) {
        TestActors.actAs(actor);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private IncomingDocumentView register(String organ, Urgency urgency) {
        return as(
                "vanthu",
                () -> registration.register(
                        draft(organ, "UBND-" + unique(), urgency, null),
                        pdfUpload(),
                        none(),
                        UUID.randomUUID().toString(),
                        false));
    }

    private UUID id(String username) {
        return staff.findByUsername(username).orElseThrow().id();
    }

    private UUID cntt() {
        UUID agency = staff.findByUsername("vanthu").orElseThrow().agencyId();
        return organization.unitsOf(agency).stream()
                .filter(u -> u.name().equals(vn.sen.organization.DemoOrganization.UNIT_CNTT))
                .map(UnitView::id)
                .findFirst()
                .orElseThrow();
    }

    private IncomingDocumentView submittedToDirector() {
        IncomingDocumentView doc = register("Sở Nội vụ " + unique(), Urgency.THUONG);
        return as("vanthu", () -> routing.submit(doc.id(), id("giamdoc"), doc.version()));
    }

    private AssignmentPlan plan(HandlerRef main, List<HandlerRef> coordinators, Integer days) {
        return new AssignmentPlan("Giao phòng CNTT chủ trì", main, coordinators, List.of(), days, null, null);
    }

    @Test
    void numbersArrivalsWithoutGapsOrRepeatsUnderEightConcurrentClerks() throws Exception {
        Actor clerk = actor(staff, "vanthu");
        String organ = "Sở Tài chính " + unique();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String notation = "STC-" + i + unique();
            numbers.add(pool.submit(() -> {
                start.await();
                return as(
                                clerk,
                                () -> registration.register(
                                        draft(organ, notation, Urgency.THUONG, null),
                                        pdfUpload(),
                                        none(),
                                        UUID.randomUUID().toString(),
                                        false))
                        .arrivalNumber();
            }));
        }
        start.countDown();
        List<Integer> got = new ArrayList<>();
        for (Future<Integer> f : numbers) {
            got.add(f.get());
        }
        pool.shutdown();
        Collections.sort(got);
        assertThat(got).doesNotHaveDuplicates().hasSize(8);
        assertThat(got.get(7) - got.get(0)).isEqualTo(7);
    }

    @Test
    void eachBookCountsFromOneAndTheNextYearStartsAgain() {
        UUID agency = UUID.randomUUID();
        int first = tx.execute(s -> books.lockBookFor(agency, 2091, null, false).takeNextNumber());
        int second =
                tx.execute(s -> books.lockBookFor(agency, 2091, null, false).takeNextNumber());
        int secret = tx.execute(s -> books.lockBookFor(agency, 2091, null, true).takeNextNumber());
        int nextYear =
                tx.execute(s -> books.lockBookFor(agency, 2092, null, false).takeNextNumber());
        assertThat(List.of(first, second, secret, nextYear)).containsExactly(1, 2, 1, 1);
    }

    @Test
    void warnsOfADuplicateUnlessTheClerkConfirmsIt() {
        String organ = "UBND xã Hoa Sen " + unique();
        IncomingDraft d = draft(organ, "UBND-" + unique(), Urgency.THUONG, null);
        IncomingDocumentView first = as(
                "vanthu",
                () -> registration.register(
                        d, pdfUpload(), none(), UUID.randomUUID().toString(), false));
        assertThatThrownBy(() -> as(
                        "vanthu",
                        () -> registration.register(
                                d, pdfUpload(), none(), UUID.randomUUID().toString(), false)))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOCUMENT_DUPLICATE_SUSPECTED");
                    assertThat(e.args()).containsExactly(first.arrivalNumber());
                });
        IncomingDocumentView again = as(
                "vanthu",
                () -> registration.register(
                        d, pdfUpload(), none(), UUID.randomUUID().toString(), true));
        assertThat(again.arrivalNumber()).isGreaterThan(first.arrivalNumber());
    }

    @Test
    void aFormSentTwiceRegistersOnce() {
        String key = UUID.randomUUID().toString();
        IncomingDraft d = draft("Sở Y tế " + unique(), "SYT-" + unique(), Urgency.THUONG, null);
        IncomingDocumentView first = as("vanthu", () -> registration.register(d, pdfUpload(), none(), key, false));
        IncomingDocumentView second = as("vanthu", () -> registration.register(d, pdfUpload(), none(), key, false));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.arrivalNumber()).isEqualTo(first.arrivalNumber());
    }

    @Test
    void aFormSentTwiceAtTheSameInstantRegistersOnce() throws Exception {
        Actor clerk = actor(staff, "vanthu");
        String key = UUID.randomUUID().toString();
        IncomingDraft d = draft("Sở Công Thương " + unique(), "SCT-" + unique(), Urgency.THUONG, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IncomingDocumentView>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return as(clerk, () -> registration.register(d, pdfUpload(), none(), key, false));
            }));
        }
        start.countDown();
        List<UUID> ids = new ArrayList<>();
        for (Future<IncomingDocumentView> f : sent) {
            ids.add(f.get().id());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
    }

    @Test
    void refusesMissingFieldsAndNonPdfMainFilesLeavingNothing() {
        long before = jdbc.queryForObject("select count(*) from document.incoming_document", Long.class);
        IncomingDraft noSubject = new IncomingDraft(
                null,
                "Sở X",
                "1",
                "SX",
                LocalDate.now(),
                DocumentType.CONG_VAN,
                " ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> as(
                        "vanthu",
                        () -> registration.register(
                                noSubject,
                                pdfUpload(),
                                none(),
                                UUID.randomUUID().toString(),
                                false)))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOCUMENT_FIELD_REQUIRED");
                    assertThat(e.field()).isEqualTo("subject");
                });
        Upload text = new Upload("a.pdf", new org.springframework.core.io.ByteArrayResource("hello".getBytes()));
        assertThatThrownBy(() -> as(
                        "vanthu",
                        () -> registration.register(
                                draft("Sở Z " + unique(), "SZ-" + unique(), Urgency.THUONG, null),
                                text,
                                none(),
                                UUID.randomUUID().toString(),
                                false)))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).startsWith("FILE_"));
        assertThat(jdbc.queryForObject("select count(*) from document.incoming_document", Long.class))
                .isEqualTo(before);
    }

    @Test
    void urgentDocumentsReachTheAgencyLeadersAtOnce() {
        IncomingDocumentView doc = register("Văn phòng UBND tỉnh " + unique(), Urgency.HOA_TOC);
        TimelineStep notice = doc.timeline().stream()
                .filter(s -> s.kind() == StepKind.URGENT_NOTICE)
                .findFirst()
                .orElseThrow();
        assertThat(notice.recipients())
                .contains(staff.findByUsername("giamdoc").orElseThrow().displayName())
                .contains(staff.findByUsername("phogiamdoc").orElseThrow().displayName())
                .doesNotContain(
                        staff.findByUsername("lanhdaophong").orElseThrow().displayName());
        assertThat(doc.urgent()).isTrue();
    }

    @Test
    void theClerkReturnsAMisaddressedDocumentAndItCannotBeSubmittedAfterwards() {
        IncomingDocumentView doc = register("Sở Xây dựng " + unique(), Urgency.THUONG);
        IncomingDocumentView returned = as("vanthu", () -> routing.returnToSender(doc.id(), "Gửi nhầm cơ quan", null));
        assertThat(returned.status()).isEqualTo(IncomingStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Gửi nhầm cơ quan");
        assertThatThrownBy(() -> as("vanthu", () -> routing.submit(doc.id(), id("giamdoc"), null)))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_CANNOT_SUBMIT"));
    }

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        IncomingDocumentView doc = register("Sở Công Thương " + unique(), Urgency.THUONG);
        as("vanthu", () -> routing.submit(doc.id(), id("giamdoc"), doc.version()));
        assertThatThrownBy(() -> as("vanthu", () -> routing.returnToSender(doc.id(), "x", doc.version())))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("CONCURRENT_EDIT"));
    }

    @Test
    void theLeaderAssignsWithAWorkingDayDeadlineAndRefusesOneBeforeArrival() {
        IncomingDocumentView doc = submittedToDirector();
        assertThatThrownBy(() -> as(
                        "giamdoc",
                        () -> routing.assign(
                                doc.id(),
                                new AssignmentPlan(
                                        "x",
                                        new HandlerRef(null, cntt()),
                                        List.of(),
                                        List.of(),
                                        null,
                                        LocalDate.now().minusDays(3),
                                        null))))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DEADLINE_BEFORE_ARRIVAL"));
        var before = Instant.now().atZone(workingTime.zone()).toOffsetDateTime();
        IncomingDocumentView assigned =
                as("giamdoc", () -> routing.assign(doc.id(), plan(new HandlerRef(null, cntt()), List.of(), 5)));
        AssignmentView main = assigned.assignments().get(0);
        assertThat(assigned.status()).isEqualTo(IncomingStatus.ASSIGNED);
        assertThat(main.role()).isEqualTo(AssignmentRole.MAIN);
        assertThat(main.deadline()).isAfterOrEqualTo(workingTime.add(before, 5).toInstant());
        assertThat(workingTime.between(
                        before, main.deadline().atZone(workingTime.zone()).toOffsetDateTime()))
                .isEqualTo(5);
        assertThat(main.deadlineState()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(assigned.timeline())
                .extracting(TimelineStep::kind)
                .containsSubsequence(StepKind.REGISTERED, StepKind.SUBMITTED, StepKind.ASSIGNED);
    }

    @Test
    void fullFlowWithDivisionReassignmentCoordinationAndCompletionByTheMainHandlerOnly() {
        IncomingDocumentView doc = submittedToDirector();
        IncomingDocumentView assigned = as(
                "giamdoc",
                () -> routing.assign(
                        doc.id(),
                        plan(new HandlerRef(null, cntt()), List.of(new HandlerRef(id("phogiamdoc"), null)), 10)));
        UUID unitAssignment = assigned.assignments().stream()
                .filter(a -> a.role() == AssignmentRole.MAIN)
                .findFirst()
                .orElseThrow()
                .id();
        // The specialist is not involved yet... but their unit is: they see it; a clerk of another agency does not.
        assertThatThrownBy(() -> as("vanthu.snv", () -> reading.get(doc.id())))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_NOT_FOUND"));
        // The division leader keeps the work inside the division.
        assertThatThrownBy(() -> as(
                        "lanhdaophong",
                        () -> routing.handOver(
                                doc.id(), unitAssignment, new HandlerRef(id("vanthu"), null), null, null, null)))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("ASSIGNEE_OUTSIDE_DIVISION"));
        as(
                "lanhdaophong",
                () -> routing.handOver(
                        doc.id(),
                        unitAssignment,
                        new HandlerRef(id("chuyenvien"), null),
                        "Đồng chí xử lý",
                        null,
                        null));
        assertThat(as("chuyenvien", () -> lists.find(filter(WorkList.TO_PROCESS, null)))
                        .items())
                .extracting(IncomingListItem::id)
                .contains(doc.id());
        as("chuyenvien", () -> processing.addNote(doc.id(), "Đã liên hệ Sở Nội vụ"));
        // Only the main handler completes; the coordinator gives an opinion.
        assertThatThrownBy(() -> as("phogiamdoc", () -> processing.complete(doc.id(), "Xong", null)))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_NOT_MAIN_HANDLER"));
        as("phogiamdoc", () -> processing.giveOpinion(doc.id(), "Đồng ý với đề xuất"));
        as("chuyenvien", () -> processing.proposeReply(doc.id(), "Trả lời bằng công văn"));
        assertThat(as("chuyenvien", () -> lists.find(filter(WorkList.PROCESSING, null)))
                        .items())
                .extracting(IncomingListItem::id)
                .contains(doc.id());
        IncomingDocumentView done = as("chuyenvien", () -> processing.complete(doc.id(), "Đã trả lời", null));
        assertThat(done.status()).isEqualTo(IncomingStatus.COMPLETED);
        assertThat(done.assignments()).extracting(AssignmentView::state).doesNotContain(AssignmentState.OPEN);
        assertThat(done.timeline())
                .extracting(TimelineStep::kind)
                .containsSubsequence(
                        StepKind.ASSIGNED,
                        StepKind.REASSIGNED,
                        StepKind.NOTE,
                        StepKind.OPINION,
                        StepKind.REPLY_PROPOSED,
                        StepKind.COMPLETED);
        assertThatThrownBy(() -> as("chuyenvien", () -> processing.complete(doc.id(), "Lần nữa", null)))
                .isInstanceOf(SenException.class);
        Long audited = jdbc.queryForObject(
                "select count(*) from audit.entry where record_id = ?",
                Long.class,
                doc.id().toString());
        assertThat(audited).isGreaterThanOrEqualTo(4);
    }

    @Test
    void myListsFollowTheDocumentFromRegistrationToCompletion() {
        IncomingDocumentView doc = register("Sở Y tế " + unique(), Urgency.THUONG);
        assertMine(doc.id(), WorkList.TO_PROCESS, "vanthu");
        assertNotMine(doc.id(), "giamdoc", "chuyenvien");
        as("vanthu", () -> routing.submit(doc.id(), id("giamdoc"), doc.version()));
        assertMine(doc.id(), WorkList.TO_PROCESS, "giamdoc");
        assertNotMine(doc.id(), "vanthu", "phogiamdoc");
        IncomingDocumentView assigned = as(
                "giamdoc",
                () -> routing.assign(
                        doc.id(),
                        plan(new HandlerRef(null, cntt()), List.of(new HandlerRef(id("phogiamdoc"), null)), 10)));
        // The unit as such: everyone in it has the document to process until the division leader names someone.
        assertMine(doc.id(), WorkList.TO_PROCESS, "chuyenvien", "lanhdaophong", "phogiamdoc");
        assertNotMine(doc.id(), "giamdoc", "vanthu");
        UUID unitAssignment = assigned.assignments().stream()
                .filter(a -> a.role() == AssignmentRole.MAIN)
                .findFirst()
                .orElseThrow()
                .id();
        as(
                "lanhdaophong",
                () -> routing.handOver(
                        doc.id(), unitAssignment, new HandlerRef(id("chuyenvien"), null), "Xử lý", null, null));
        assertMine(doc.id(), WorkList.TO_PROCESS, "chuyenvien", "phogiamdoc");
        assertNotMine(doc.id(), "lanhdaophong");
        as("chuyenvien", () -> processing.addNote(doc.id(), "Đang xử lý"));
        assertMine(doc.id(), WorkList.PROCESSING, "chuyenvien", "phogiamdoc");
        as("chuyenvien", () -> processing.complete(doc.id(), "Đã xong", null));
        assertNotMine(doc.id(), "chuyenvien", "phogiamdoc", "lanhdaophong", "giamdoc", "vanthu");
        // The stored work items are exactly what their definition gives, for every document of the tests so far.
        Long differing = jdbc.queryForObject(
                """
                select count(*) from ((select * from document.work_item except select * from document.work_item_source)
                  union all (select * from document.work_item_source except select * from document.work_item)) x
                """,
                Long.class);
        assertThat(differing).isZero();
    }

    @Test
    void myListSortedByDeadlineCountsPastItsLastPage() {
        IncomingDocumentView late = submittedToDirector();
        IncomingDocumentView early = submittedToDirector();
        as("giamdoc", () -> routing.assign(late.id(), plan(new HandlerRef(id("chuyenvien"), null), List.of(), 20)));
        as("giamdoc", () -> routing.assign(early.id(), plan(new HandlerRef(id("chuyenvien"), null), List.of(), 1)));
        java.util.function.IntFunction<IncomingPage> page = n -> as(
                "chuyenvien",
                () -> lists.find(new IncomingFilter(
                        WorkList.TO_PROCESS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "deadline",
                        true,
                        n,
                        1000)));
        IncomingPage first = page.apply(0);
        List<UUID> ids = first.items().stream().map(IncomingListItem::id).toList();
        assertThat(ids).contains(early.id(), late.id());
        assertThat(ids.indexOf(early.id())).isLessThan(ids.indexOf(late.id()));
        assertThat(first.items())
                .extracting(IncomingListItem::deadline)
                .filteredOn(java.util.Objects::nonNull)
                .isSorted();
        IncomingPage past = page.apply(50);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(first.total()).isGreaterThanOrEqualTo(2);
    }

    private void assertMine(UUID doc, WorkList list, String... usernames) {
        for (String username : usernames) {
            assertThat(as(username, () -> lists.find(filter(list, null))).items())
                    .as(username + " " + list)
                    .extracting(IncomingListItem::id)
                    .contains(doc);
        }
    }

    private void assertNotMine(UUID doc, String... usernames) {
        for (String username : usernames) {
            for (WorkList list : List.of(WorkList.TO_PROCESS, WorkList.PROCESSING)) {
                assertThat(as(username, () -> lists.find(filter(list, null))).items())
                        .as(username + " " + list)
                        .extracting(IncomingListItem::id)
                        .doesNotContain(doc);
            }
        }
    }

    @Test
    void aDelegateWorksTheLeadersQueueAndIsShownActingForThem() {
        IncomingDocumentView doc = submittedToDirector();
        Actor delegate = actingFor(staff, "lanhdaophong", "giamdoc");
        assertThat(as(delegate, () -> lists.find(filter(WorkList.TO_PROCESS, null)))
                        .items())
                .extracting(IncomingListItem::id)
                .contains(doc.id());
        IncomingDocumentView assigned = as(
                delegate, () -> routing.assign(doc.id(), plan(new HandlerRef(id("chuyenvien"), null), List.of(), 3)));
        assertThat(assigned.assignments().get(0).onBehalfOfName())
                .isEqualTo(staff.findByUsername("giamdoc").orElseThrow().displayName());
        assertThat(assigned.timeline())
                .filteredOn(s -> s.kind() == StepKind.ASSIGNED)
                .extracting(TimelineStep::onBehalfOfName)
                .containsExactly(staff.findByUsername("giamdoc").orElseThrow().displayName());
    }

    @Test
    void deadlineStatesAreDerivedAndEachReminderIsSentOnce() {
        IncomingDocumentView doc = submittedToDirector();
        IncomingDocumentView assigned = as(
                "giamdoc", () -> routing.assign(doc.id(), plan(new HandlerRef(id("chuyenvien"), null), List.of(), 10)));
        UUID assignment = assigned.assignments().get(0).id();
        jdbc.update("update document.assignment set deadline = now() - interval '1 hour' where id = ?", assignment);
        assertThat(as("chuyenvien", () -> reading.get(doc.id()))
                        .assignments()
                        .get(0)
                        .deadlineState())
                .isEqualTo(DeadlineState.OVERDUE);
        assertThat(as("chuyenvien", () -> lists.find(filter(WorkList.TO_PROCESS, DeadlineState.OVERDUE)))
                        .items())
                .extracting(IncomingListItem::id)
                .contains(doc.id());
        reminders.remind();
        reminders.remind();
        assertThat(jdbc.queryForList(
                        "select kind from document.assignment_reminder where assignment_id = ?",
                        String.class,
                        assignment))
                .containsExactly("DEADLINE_PASSED");
        jdbc.update("update document.assignment set deadline = now() + interval '1 hour' where id = ?", assignment);
        assertThat(as("chuyenvien", () -> reading.get(doc.id()))
                        .assignments()
                        .get(0)
                        .deadlineState())
                .isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void listsFilterAndPageInTheDatabase() {
        String organ = "Sở Giáo dục " + unique();
        register(organ, Urgency.THUONG);
        register(organ, Urgency.KHAN);
        register(organ, Urgency.THUONG);
        IncomingFilter first = new IncomingFilter(
                WorkList.ALL,
                // The arrival day is Vietnam's: from 17:00 UTC the server's day is still the day before.
                LocalDate.now(VIETNAM).minusDays(1),
                LocalDate.now(VIETNAM),
                null,
                organ,
                null,
                null,
                null,
                null,
                "arrivalNumber",
                true,
                0,
                2);
        IncomingPage page0 = as("vanthu", () -> lists.find(first));
        assertThat(page0.total()).isEqualTo(3);
        assertThat(page0.items()).hasSize(2);
        assertThat(page0.items().get(0).arrivalNumber())
                .isLessThan(page0.items().get(1).arrivalNumber());
        // The issuing body is matched without regard to case or diacritics, as typed on a keyboard without them.
        String typed = "SO GIAO DUC " + organ.substring("Sở Giáo dục ".length());
        assertThat(as(
                                "vanthu",
                                () -> lists.find(new IncomingFilter(
                                        WorkList.ALL,
                                        null,
                                        null,
                                        null,
                                        typed,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        false,
                                        0,
                                        20)))
                        .total())
                .isEqualTo(3);
        IncomingPage page1 = as(
                "vanthu",
                () -> lists.find(new IncomingFilter(
                        WorkList.ALL, null, null, null, organ, null, null, null, null, "arrivalNumber", true, 1, 2)));
        assertThat(page1.items()).hasSize(1);
        IncomingPage urgent = as(
                "vanthu",
                () -> lists.find(new IncomingFilter(
                        WorkList.ALL,
                        null,
                        null,
                        DocumentType.CONG_VAN,
                        organ,
                        Urgency.KHAN,
                        IncomingStatus.REGISTERED,
                        null,
                        null,
                        null,
                        false,
                        0,
                        20)));
        assertThat(urgent.total()).isEqualTo(1);
        // A specialist not involved sees none of them, also on the first page.
        assertThat(as("chuyenvien", () -> lists.find(first)).total()).isZero();
    }

    @Test
    void myWorkListsCountEveryRowOnEachPageAndPastTheEnd() {
        // "To process" counts in the page query itself; past the last page it must still give the total.
        String organ = "Sở Xây dựng " + unique();
        register(organ, Urgency.THUONG);
        register(organ, Urgency.THUONG);
        register(organ, Urgency.THUONG);
        java.util.function.IntFunction<IncomingPage> page = n -> as(
                "vanthu",
                () -> lists.find(new IncomingFilter(
                        WorkList.TO_PROCESS,
                        null,
                        null,
                        null,
                        organ,
                        null,
                        null,
                        null,
                        null,
                        "arrivalNumber",
                        true,
                        n,
                        2)));
        assertThat(page.apply(0).total()).isEqualTo(3);
        assertThat(page.apply(0).items()).hasSize(2);
        assertThat(page.apply(1).items()).hasSize(1);
        assertThat(page.apply(1).total()).isEqualTo(3);
        assertThat(page.apply(5).items()).isEmpty();
        assertThat(page.apply(5).total()).isEqualTo(3);
    }

    @Test
    void othersCannotReachADocumentByIdIncludingConfidentialOnes() {
        IncomingDocumentView doc = register("Sở Tư pháp " + unique(), Urgency.THUONG);
        for (String other : List.of("chuyenvien", "lanhdaophong", "vanthu.snv")) {
            assertThatThrownBy(() -> as(other, () -> reading.get(doc.id())))
                    .as(other)
                    .isInstanceOfSatisfying(
                            SenException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_NOT_FOUND"));
        }
        assertThat(as("giamdoc", () -> reading.get(doc.id())).id()).isEqualTo(doc.id());
        IncomingDocumentView secret = as(
                "vanthu",
                () -> registration.register(
                        draft("Công an tỉnh " + unique(), "CA-" + unique(), Urgency.THUONG, Confidentiality.MAT),
                        pdfUpload(),
                        none(),
                        UUID.randomUUID().toString(),
                        false));
        assertThat(secret.bookName()).contains("mật");
        assertThat(as("vanthu", () -> reading.get(secret.id())).id()).isEqualTo(secret.id());
        as("giamdoc", () -> reading.get(secret.id()));
        assertThatThrownBy(() -> as("vanthu.snv", () -> reading.get(secret.id())))
                .isInstanceOf(SenException.class);
        // A leader the confidential book does not list sees none of it in the lists, counts included.
        UUID book = jdbc.queryForObject(
                "select book_id from document.incoming_document where id = ?", UUID.class, secret.id());
        jdbc.update(
                "delete from document.register_book_reader where book_id = ? and account_id = ?",
                book,
                id("phogiamdoc"));
        try {
            IncomingFilter secretOnes = new IncomingFilter(
                    WorkList.ALL, null, null, null, secret.organName(), null, null, null, null, null, false, 0, 20);
            assertThat(as("vanthu", () -> lists.find(secretOnes)).total()).isEqualTo(1);
            assertThat(as("phogiamdoc", () -> lists.find(secretOnes)).total()).isZero();
            assertThat(as("phogiamdoc", () -> lists.find(secretOnes)).items()).isEmpty();
        } finally {
            jdbc.update(
                    "insert into document.register_book_reader (book_id, account_id) values (?, ?)",
                    book,
                    id("phogiamdoc"));
        }
    }

    private static IncomingFilter filter(WorkList list, DeadlineState state) {
        return new IncomingFilter(list, null, null, null, null, null, null, null, state, null, false, 0, 200);
    }
}
