// Prints a new pair of Web Push (VAPID) keys for SALDO_VAPID_PUBLIC_KEY and SALDO_VAPID_PRIVATE_KEY.
import webpush from "web-push";

const keys = webpush.generateVAPIDKeys();
console.log(`SALDO_VAPID_PUBLIC_KEY=${keys.publicKey}`);
console.log(`SALDO_VAPID_PRIVATE_KEY=${keys.privateKey}`);
