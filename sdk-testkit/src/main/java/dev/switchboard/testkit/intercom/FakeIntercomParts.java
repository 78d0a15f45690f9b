package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeServer;
import java.time.Clock;

/**
 * The parts {@link FakeIntercom} mounts on its server at start, one per resource family beyond calls, conversations
 * and messages, all on the same token and clock; the tags part tags this fake's companies and conversations, and the
 * companies part attaches the contacts part's contacts too, and tells it which companies they joined.
 */
final class FakeIntercomParts {
    final FakeIntercomTickets tickets;
    final FakeIntercomKnowledge knowledge;
    final FakeIntercomReporting reporting;
    final FakeIntercomAdmins admins;
    final FakeFin fin;
    final FakeIntercomCompanies companies;
    final FakeIntercomTags tags;
    final FakeIntercomDirectory directory;
    final FakeIntercomContacts contacts;
    final FakeIntercomArticles articles;
    final FakeIntercomAiContent aiContent;
    final FakeIntercomDataModel dataModel;
    final FakeIntercomDataExport dataExport;
    final FakeIntercomCustomObjects customObjects;
    final FakeIntercomWorkspace workspace;

    FakeIntercomParts(FakeServer server, String token, Clock clock, FakeIntercomState state) {
        this.tickets = FakeIntercomTickets.on(server, token);
        this.knowledge = FakeIntercomKnowledge.on(server, token, clock);
        this.reporting = FakeIntercomReporting.on(server, token);
        this.admins = FakeIntercomAdmins.on(server, token);
        this.fin = FakeFin.on(server, token);
        this.contacts = FakeIntercomContacts.on(server, token, clock);
        this.companies = FakeIntercomCompanies.on(server, token, clock).linked(contacts);
        this.tags = FakeIntercomTags.on(server, token, clock).linked(companies, state.lock, state.conversations::get);
        this.directory = FakeIntercomDirectory.on(server, token);
        this.articles = FakeIntercomArticles.on(server, token, clock);
        this.aiContent = FakeIntercomAiContent.on(server, token, clock);
        this.dataModel = FakeIntercomDataModel.on(server, token, clock);
        this.dataExport = FakeIntercomDataExport.on(server, token, clock);
        this.customObjects = FakeIntercomCustomObjects.on(server, token, clock);
        this.workspace = FakeIntercomWorkspace.on(server, token);
    }
}
