// Saldo's one service worker. Today it shows Web Push notifications; the installable offline app
// extends this same worker (caching goes here too), so there is never a second one to register.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: event.data ? event.data.text() : "Saldo" };
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Saldo";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "",
      icon: "/icon.svg",
      data: { url: typeof data.url === "string" ? data.url : "/inbox" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : "/inbox", self.location.origin);
  // Only ever our own pages.
  const url = target.origin === self.location.origin ? target.href : self.location.origin + "/inbox";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if ("focus" in client && client.url === url) return client.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
