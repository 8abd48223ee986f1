-- CreateTable
CREATE TABLE "DeploymentOwner" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'owner',
    "bankSubject" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
