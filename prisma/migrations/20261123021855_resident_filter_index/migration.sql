-- CreateIndex
CREATE INDEX "Resident_published_sector_status_country_idx" ON "Resident"("published", "sector", "status", "country");

