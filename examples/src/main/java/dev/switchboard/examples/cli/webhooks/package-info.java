/**
 * The webhooks part of the {@code switchboard} command: the {@code decode livechat} and {@code decode intercom}
 * targets ({@link dev.switchboard.examples.cli.webhooks.WebhookTargets#all()}) and the webhooks tour leg
 * ({@link dev.switchboard.examples.cli.webhooks.WebhooksTourLeg}).
 */
package dev.switchboard.examples.cli.webhooks;
