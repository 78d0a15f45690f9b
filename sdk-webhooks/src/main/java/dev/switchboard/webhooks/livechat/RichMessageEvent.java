package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A rich message ({@code type: rich_message}): cards, a sticker, quick replies or (3.6) an ecommerce template, with
 * buttons the customer can press.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code rich_message}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param templateId {@code cards}, {@code sticker}, {@code quick_replies}, {@code ecommerce} or another
 * @param elements the cards (at most 10)
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record RichMessageEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("elements") List<Element> elements,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public RichMessageEvent {
        properties = Copies.map(properties);
        elements = Copies.list(elements);
        extra = Extras.of(extra);
    }

    /**
     * A card of a rich message.
     *
     * @param title its title
     * @param subtitle its subtitle
     * @param image its image
     * @param buttons its buttons (at most 13)
     * @param ecommerce (3.6) the product, for the ecommerce template
     * @param extra fields this SDK does not know
     */
    public record Element(
            @JsonProperty("title") String title,
            @JsonProperty("subtitle") String subtitle,
            @JsonProperty("image") Image image,
            @JsonProperty("buttons") List<Button> buttons,
            @JsonProperty("ecommerce") Product ecommerce,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Element {
            buttons = Copies.list(buttons);
            extra = Extras.of(extra);
        }
    }

    /**
     * The image of a card.
     *
     * @param name the file name
     * @param url its URL
     * @param contentType its MIME type
     * @param size its size in bytes
     * @param width its width in pixels
     * @param height its height in pixels
     * @param alternativeText its alternative text
     * @param extra fields this SDK does not know
     */
    public record Image(
            @JsonProperty("name") String name,
            @JsonProperty("url") String url,
            @JsonProperty("content_type") String contentType,
            @JsonProperty("size") Long size,
            @JsonProperty("width") Integer width,
            @JsonProperty("height") Integer height,
            @JsonProperty("alternative_text") String alternativeText,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Image {
            extra = Extras.of(extra);
        }
    }

    /**
     * A button of a card.
     *
     * @param text its label
     * @param type {@code webview}, {@code message}, {@code url}, {@code phone} or another
     * @param value what it opens or sends
     * @param webviewHeight {@code compact}, {@code full} or {@code tall}
     * @param postbackId the id sent back when pressed
     * @param userIds who pressed it
     * @param target {@code new} or {@code current}
     * @param extra fields this SDK does not know
     */
    public record Button(
            @JsonProperty("text") String text,
            @JsonProperty("type") String type,
            @JsonProperty("value") String value,
            @JsonProperty("webview_height") String webviewHeight,
            @JsonProperty("postback_id") String postbackId,
            @JsonProperty("user_ids") List<String> userIds,
            @JsonProperty("target") String target,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Button {
            userIds = Copies.list(userIds);
            extra = Extras.of(extra);
        }
    }

    /**
     * The product of an ecommerce card (3.6). Prices are text, as in LiveChat's reference.
     *
     * @param viewType {@code tags}, {@code swatch}, {@code images} or {@code select}
     * @param productId the product's id
     * @param label its label
     * @param options its variants
     * @param addons add-ons, as JSON maps
     * @param extra fields this SDK does not know
     */
    public record Product(
            @JsonProperty("view_type") String viewType,
            @JsonProperty("product_id") String productId,
            @JsonProperty("label") String label,
            @JsonProperty("options") List<ProductOption> options,
            @JsonProperty("addons") List<Map<String, Object>> addons,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Product {
            options = Copies.list(options);
            addons = Copies.list(addons);
            extra = Extras.of(extra);
        }
    }

    /**
     * A variant of an ecommerce product.
     *
     * @param optionId its id
     * @param label its label
     * @param price its price
     * @param regularPrice its price before discount
     * @param currency the currency code
     * @param color its colour
     * @param imageUrl its image
     * @param imageThumbnailUrl its thumbnail
     * @param available whether it can be bought
     * @param selected whether it is preselected
     * @param extra fields this SDK does not know
     */
    public record ProductOption(
            @JsonProperty("option_id") String optionId,
            @JsonProperty("label") String label,
            @JsonProperty("price") String price,
            @JsonProperty("regular_price") String regularPrice,
            @JsonProperty("currency") String currency,
            @JsonProperty("color") String color,
            @JsonProperty("image_url") String imageUrl,
            @JsonProperty("image_thumbnail_url") String imageThumbnailUrl,
            @JsonProperty("available") Boolean available,
            @JsonProperty("selected") Boolean selected,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public ProductOption {
            extra = Extras.of(extra);
        }
    }
}
