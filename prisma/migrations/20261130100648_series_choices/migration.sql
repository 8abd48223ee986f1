-- CreateTable
CREATE TABLE "SeriesChoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "seriesKey" TEXT NOT NULL,
    "status" TEXT,
    "name" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SeriesChoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SeriesChoice_userId_seriesKey_key" ON "SeriesChoice"("userId", "seriesKey");
