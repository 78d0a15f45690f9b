package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A rich message ({@code type: rich_message}): cards, a sticker, quick replies or (3.6) an ecommerce template, with
 * buttons the customer can press.
 */
public final class RichMessageEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public RichMessageEvent(JsonObject json) {
        super(json);
    }

    /** @return {@code cards}, {@code sticker}, {@code quick_replies}, {@code ecommerce} or another */
    public String templateId() {
        return string("template_id");
    }

    /**
     * @return the cards (at most 10)
     * @throws DecodeException if they are not an array
     */
    public List<Element> elements() {
        return list("elements", Element::new);
    }

    /** A card of a rich message. */
    public static final class Element extends LiveChatModel {

        /** @param json the object as sent */
        public Element(JsonObject json) {
            super(json);
        }

        /** @return its title */
        public String title() {
            return string("title");
        }

        /** @return its subtitle */
        public String subtitle() {
            return string("subtitle");
        }

        /**
         * @return its image
         * @throws DecodeException if it is not an object
         */
        public Image image() {
            return object("image", Image::new);
        }

        /**
         * @return its buttons (at most 13)
         * @throws DecodeException if they are not an array
         */
        public List<Button> buttons() {
            return list("buttons", Button::new);
        }

        /**
         * @return (3.6) the product, for the ecommerce template
         * @throws DecodeException if it is not an object
         */
        public Product ecommerce() {
            return object("ecommerce", Product::new);
        }
    }

    /** The image of a card. */
    public static final class Image extends LiveChatModel {

        /** @param json the object as sent */
        public Image(JsonObject json) {
            super(json);
        }

        /** @return the file name */
        public String name() {
            return string("name");
        }

        /** @return its URL */
        public String url() {
            return string("url");
        }

        /** @return its MIME type */
        public String contentType() {
            return string("content_type");
        }

        /** @return its size in bytes */
        public Long size() {
            return longNumber("size");
        }

        /** @return its width in pixels */
        public Integer width() {
            return integer("width");
        }

        /** @return its height in pixels */
        public Integer height() {
            return integer("height");
        }

        /** @return its alternative text */
        public String alternativeText() {
            return string("alternative_text");
        }
    }

    /** A button of a card. */
    public static final class Button extends LiveChatModel {

        /** @param json the object as sent */
        public Button(JsonObject json) {
            super(json);
        }

        /** @return its label */
        public String text() {
            return string("text");
        }

        /** @return {@code webview}, {@code message}, {@code url}, {@code phone} or another */
        public String type() {
            return string("type");
        }

        /** @return what it opens or sends */
        public String value() {
            return string("value");
        }

        /** @return {@code compact}, {@code full} or {@code tall} */
        public String webviewHeight() {
            return string("webview_height");
        }

        /** @return the id sent back when pressed */
        public String postbackId() {
            return id("postback_id");
        }

        /**
         * @return who pressed it
         * @throws DecodeException if it is not an array
         */
        public List<String> userIds() {
            return strings("user_ids");
        }

        /** @return {@code new} or {@code current} */
        public String target() {
            return string("target");
        }
    }

    /** The product of an ecommerce card (3.6). Prices are text, as in LiveChat's reference. */
    public static final class Product extends LiveChatModel {

        /** @param json the object as sent */
        public Product(JsonObject json) {
            super(json);
        }

        /** @return {@code tags}, {@code swatch}, {@code images} or {@code select} */
        public String viewType() {
            return string("view_type");
        }

        /** @return the product's id */
        public String productId() {
            return id("product_id");
        }

        /** @return its label */
        public String label() {
            return string("label");
        }

        /**
         * @return its variants
         * @throws DecodeException if they are not an array
         */
        public List<ProductOption> options() {
            return list("options", ProductOption::new);
        }

        /**
         * @return the product's add-ons, typed ({@link ProductAddon#json()} keeps each as sent)
         * @throws DecodeException if they are not an array; an element that is not an object throws when it is read
         */
        public List<ProductAddon> addons() {
            return list("addons", ProductAddon::new);
        }
    }

    /**
     * An add-on of an ecommerce product (3.6): {@code {addon_type, range_from, range_to, currency}}. The range bounds
     * are read as text, whether sent as strings or as numbers (a number keeps its exact digits).
     */
    public static final class ProductAddon extends LiveChatModel {

        /** @param json the object as sent */
        public ProductAddon(JsonObject json) {
            super(json);
        }

        /**
         * @return the kind of add-on
         * @throws DecodeException if it is not a string
         */
        public String addonType() {
            return string("addon_type");
        }

        /**
         * @return the lower bound, as text ({@code 2} for a JSON {@code 2}, {@code "2.50"} as sent), or {@code null}
         * @throws DecodeException if it is neither a string nor a number
         */
        public String rangeFrom() {
            return text("range_from");
        }

        /**
         * @return the upper bound, as text, or {@code null}
         * @throws DecodeException if it is neither a string nor a number
         */
        public String rangeTo() {
            return text("range_to");
        }

        /**
         * @return the currency, for example {@code USD}
         * @throws DecodeException if it is not a string
         */
        public String currency() {
            return string("currency");
        }

        private String text(String field) {
            Object v = value(field);
            if (v instanceof Number) {
                return decimal(field).toPlainString();
            }
            return string(field); // a string, null, or another type (which throws the typed DecodeException)
        }
    }

    /** A variant of an ecommerce product. */
    public static final class ProductOption extends LiveChatModel {

        /** @param json the object as sent */
        public ProductOption(JsonObject json) {
            super(json);
        }

        /** @return its id */
        public String optionId() {
            return id("option_id");
        }

        /** @return its label */
        public String label() {
            return string("label");
        }

        /** @return its price */
        public String price() {
            return string("price");
        }

        /** @return its price before discount */
        public String regularPrice() {
            return string("regular_price");
        }

        /** @return the currency code */
        public String currency() {
            return string("currency");
        }

        /** @return its colour */
        public String color() {
            return string("color");
        }

        /** @return its image */
        public String imageUrl() {
            return string("image_url");
        }

        /** @return its thumbnail */
        public String imageThumbnailUrl() {
            return string("image_thumbnail_url");
        }

        /** @return whether it can be bought */
        public Boolean available() {
            return bool("available");
        }

        /** @return whether it is preselected */
        public Boolean selected() {
            return bool("selected");
        }
    }
}
