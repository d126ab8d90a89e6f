package com.channelstudio.alerts;

/**
 * Why a message was not delivered, in words safe to store and log (never the webhook's URL), and whether trying
 * again may help: a 5xx, a timeout or a refused connection may pass; a refusal of the message itself does not.
 */
public record DeliveryFailure(boolean retryable, String reason) {}
