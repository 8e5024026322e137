# The rights guichet needs on a stock Request Tracker 5 queue, as RT's own initialdata
# format (lib/RT/Handle.pm, InsertData). Edit the queue's name, then, as RT's administrator:
#   rt-setup-database --action insert --datafile guichet-rights.pl
# (or grant the same rights in RT's web interface: Admin > Queues > General > Group Rights).
# guichet writes as a requestor: it opens the RT ticket by mail, then adds correspondence
# and comments to it. Nothing else of RT's stock configuration needs changing.
@ACL = (
    # Its first mail about a ticket opens RT's copy.
    { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'General', Right => 'CreateTicket' },
    # Later updates go to the tickets it requested, as correspondence or comment.
    { GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => 'General', Right => 'ReplyToTicket' },
    { GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => 'General', Right => 'CommentOnTicket' },
    { GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => 'General', Right => 'ShowTicket' },
);
1;
