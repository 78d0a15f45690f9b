package dev.switchboard.conversations.intercom.customobjects;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.json.Patch;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercomCustomObjects;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Custom object instances against {@link FakeIntercomCustomObjects}: the create-or-update, both reads and both
 * deletes, each sent to the path and parameters the spec gives (its operationIds of the deletes are swapped).
 */
class CustomObjectInstancesClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomCustomObjects fake = FakeIntercomCustomObjects.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final CustomObjectInstancesClient orders = new CustomObjectInstancesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsThenUpdatesByExternalIdKeepingAttributeTypes() throws Exception {
        CustomObjectInstance created = orders.createOrUpdate("Order", CustomObjectInstanceRequest.builder("ORD-9")
                .externalCreatedAt(Instant.ofEpochSecond(1_392_036_272L)).externalUpdatedAt(Patch.ofNull())
                .customAttribute("order_number", "ORD-9").customAttribute("total_amount", new BigDecimal("99.90"))
                .customAttribute("paid", true).build());
        FakeRequest r = t.server.takeRequest();
        assertEquals("{\"external_id\":\"ORD-9\",\"external_created_at\":1392036272,\"external_updated_at\":null,"
                + "\"custom_attributes\":{\"order_number\":\"ORD-9\",\"total_amount\":99.90,\"paid\":true}}", r.bodyUtf8());
        assertEquals("POST /custom_object_instances/Order", r.method() + " " + r.target());
        assertEquals("Bearer " + MoreTestSupport.TOKEN, r.header("Authorization"));
        assertEquals("Order", created.type());
        assertEquals("ORD-9", created.externalId());
        assertEquals(Instant.ofEpochSecond(1_392_036_272L), created.externalCreatedAt());
        assertNull(created.externalUpdatedAt());
        assertEquals(0, new BigDecimal("99.9").compareTo((BigDecimal) created.customAttributes().get("total_amount")),
                "a number, not text (the fake's JSON trees drop the trailing zero)");
        assertEquals(Boolean.TRUE, created.customAttributes().get("paid"));
        assertEquals(MoreTestSupport.NOW, created.createdAt());

        CustomObjectInstance updated = orders.createOrUpdateAsync("Order", CustomObjectInstanceRequest.builder("ORD-9")
                .clearCustomAttributes().build()).get();
        assertRequest(t.server.takeRequest(), "POST", "/custom_object_instances/Order",
                "{\"external_id\":\"ORD-9\",\"custom_attributes\":null}");
        assertEquals(created.id(), updated.id());
        assertEquals(Map.of(), updated.customAttributes());
        assertEquals(2, fake.instanceCount("Order"));
    }

    @Test
    void readsByExternalIdInTheQueryAndByIdInThePath() throws Exception {
        CustomObjectInstance byExternal = orders.getByExternalId("Order", "123");
        assertRequest(t.server.takeRequest(), "GET", "/custom_object_instances/Order?external_id=123", null);
        assertEquals("22", byExternal.id());
        assertEquals(new BigDecimal("99.99"), byExternal.customAttributes().get("total_amount"));
        assertEquals(byExternal, orders.get("Order", "22"));
        assertRequest(t.server.takeRequest(), "GET", "/custom_object_instances/Order/22", null);
        assertEquals("22", orders.getAsync("Order", "123").get().id(), "the path takes the external id too");
        assertEquals("22", orders.getByExternalIdAsync("Order", "123").get().id());
        NotFoundException type = assertThrows(NotFoundException.class, () -> orders.getByExternalId("Invoice", "1"));
        assertTrue(type.getMessage().contains("Custom object type `Invoice` not found"), type.getMessage());
        assertTrue(assertThrows(NotFoundException.class, () -> orders.get("Order", "404")).getMessage()
                .contains("Custom object instance not found"));
    }

    @Test
    void deletesByTheParametersThePathsTakeNotByTheSwappedOperationIds() throws Exception {
        orders.createOrUpdate("Order", CustomObjectInstanceRequest.builder("ORD-1").build());
        String id = orders.getByExternalId("Order", "ORD-1").id();
        t.server.clearRequests();
        CustomObjectInstanceDeleted byId = orders.delete("Order", id);
        assertRequest(t.server.takeRequest(), "DELETE", "/custom_object_instances/Order/" + id, null);
        assertEquals(List.of(id, "Order", true), List.of(byId.id(), byId.object(), byId.deleted()));
        CustomObjectInstanceDeleted byExternal = orders.deleteByExternalId("Order", "123");
        assertRequest(t.server.takeRequest(), "DELETE", "/custom_object_instances/Order?external_id=123", null);
        assertEquals("22", byExternal.id());
        assertEquals(0, fake.instanceCount("Order"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> orders.deleteAsync("Order", "22").get());
        assertTrue(e.getCause() instanceof NotFoundException);
        assertTrue(orders.deleteByExternalIdAsync("Order", "x").handle((ok, f) -> f).get() instanceof NotFoundException);
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("externalId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CustomObjectInstanceRequest.builder(" ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomObjectInstanceRequest.builder("x")
                .customAttribute("items", List.of(1))).getMessage().startsWith("custom attribute items must be"));
        assertEquals("typeIdentifier must not be '..'", assertThrows(IllegalArgumentException.class,
                () -> orders.get("..", "1")).getMessage());
        assertEquals("externalId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> orders.deleteByExternalId("Order", "")).getMessage());
        assertTrue(orders.createOrUpdateAsync("Order", null).isCompletedExceptionally());
        assertTrue(orders.deleteAsync("Order", " ").isCompletedExceptionally());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void anUpsertIsRetriedBecauseItIsKeyedByTheExternalId() {
        fake.faults().statusSequence("POST", "/custom_object_instances/{custom_object_type_identifier}", 503);
        orders.createOrUpdate("Order", CustomObjectInstanceRequest.builder("ORD-2").customAttribute("n", 1).build());
        assertEquals(2, t.server.requestCount());
        assertEquals(2, fake.instanceCount("Order"), "one instance, however often it was sent");
    }

    @Test
    void instancesKeepWhatWasSent() {
        assertLossless("{\"id\":16032025,\"type\":\"Order\",\"custom_attributes\":{\"a\":\"x\",\"b\":1.50,\"c\":null,\"d\":[1]},"
                + "\"external_id\":\"0001d1c1e65a7a19e9f59ae2\",\"external_created_at\":null,\"created_at\":4102444800}",
                CustomObjectInstance.class);
        CustomObjectInstance odd = decode("{\"id\":16032025,\"custom_attributes\":\"none\",\"created_at\":\"later\"}",
                CustomObjectInstance.class);
        assertEquals("16032025", odd.id());
        assertThrows(DecodeException.class, odd::customAttributes);
        assertThrows(DecodeException.class, odd::createdAt);
    }
}
