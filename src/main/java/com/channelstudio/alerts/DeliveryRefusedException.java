package com.channelstudio.alerts;

/** A destination answered, but did not take the message. */
class DeliveryRefusedException extends RuntimeException {

    private final DeliveryFailure failure;

    DeliveryRefusedException(DeliveryFailure failure) {
        super(failure.reason());
        this.failure = failure;
    }

    DeliveryFailure failure() {
        return failure;
    }
}
